// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { EnumList } from '../../graphql/enumList';
import type { GlossaryRelation, GlossaryStatus } from '../../graphql/schema.generated';
import type { GlossaryEntryFieldsFragment, ImportGlossaryCsvMutation, TerminologyFindingFieldsFragment } from './glossary.generated';

export type {
  GlossaryFilter,
  GlossaryRelation,
  GlossaryStatus,
  ProposeGlossaryEntryInput as ProposeInput,
} from '../../graphql/schema.generated';
export type TerminologyFinding = TerminologyFindingFieldsFragment;
export type GlossaryEntry = GlossaryEntryFieldsFragment;
export type ImportReport = ImportGlossaryCsvMutation['importGlossaryCsv'];

const relations = ['different', 'false_friend', 'nk_loanword'] as const satisfies readonly GlossaryRelation[];
const statuses = ['attested', 'confirmed', 'proposed', 'rejected'] as const satisfies readonly GlossaryStatus[];
export const RELATIONS: EnumList<GlossaryRelation, typeof relations> = relations;
export const STATUSES: EnumList<GlossaryStatus, typeof statuses> = statuses;
