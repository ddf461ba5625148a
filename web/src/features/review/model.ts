// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { RevisionSummaryFieldsFragment } from './lists.generated';
import type { RevisionFieldsFragment } from './review.generated';

export type { RevisionStatus, VersionedKind as ContentKind } from '../../graphql/schema.generated';
export type RevisionSummary = RevisionSummaryFieldsFragment;
export type Revision = RevisionFieldsFragment;
// Plain values (no __typename) where pure helpers and their specs build them too.
export type DiffPart = Omit<Revision['diff'][number], '__typename'>;
export type Assignment = Revision['assignments'][number];
export type ReviewComment = Revision['comments'][number];
export type Suggestion = Revision['suggestions'][number];
export type TextRange = Omit<NonNullable<ReviewComment['range']>, '__typename'>;
