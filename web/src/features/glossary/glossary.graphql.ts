import { gql, type TypedDocumentNode } from '@apollo/client';

export type GlossaryRelation = 'different' | 'false_friend' | 'nk_loanword';
export type GlossaryStatus = 'attested' | 'proposed' | 'confirmed' | 'rejected';

export const RELATIONS: GlossaryRelation[] = ['different', 'false_friend', 'nk_loanword'];
export const STATUSES: GlossaryStatus[] = ['attested', 'confirmed', 'proposed', 'rejected'];

/**
 * A South Korean term found in a text. Selected without `id` on purpose: ids are made of offsets, so the same
 * id means another word in another text, and Apollo must not merge findings of different texts into one.
 */
export interface TerminologyFinding {
  entryId: string;
  southTerm: string;
  northTerm: string;
  relation: GlossaryRelation;
  note: string;
  source: string;
  status: GlossaryStatus;
  found: string;
  wordStart: number;
  wordEnd: number;
  replacement: string;
}

export const TERMINOLOGY_FINDING_FIELDS = gql`
  fragment TerminologyFindingFields on TerminologyFinding {
    entryId
    southTerm
    northTerm
    relation
    note
    source
    status
    found
    wordStart
    wordEnd
    replacement
  }
`;

export const CHECK_TERMINOLOGY: TypedDocumentNode<
  { checkTerminology: TerminologyFinding[] },
  { text: string; includeProposed: boolean }
> = gql`
  query CheckTerminology($text: String!, $includeProposed: Boolean!) {
    checkTerminology(text: $text, includeProposed: $includeProposed) {
      ...TerminologyFindingFields
    }
  }
  ${TERMINOLOGY_FINDING_FIELDS}
`;

export interface GlossaryEntry {
  id: string;
  southTerm: string;
  northTerm: string;
  relation: GlossaryRelation;
  domain: string;
  note: string;
  source: string;
  status: GlossaryStatus;
  decisionNote: string | null;
}

const ENTRY_FIELDS = gql`
  fragment GlossaryEntryFields on GlossaryEntry {
    id
    southTerm
    northTerm
    relation
    domain
    note
    source
    status
    decisionNote
  }
`;

export interface GlossaryFilter {
  query?: string;
  statuses?: GlossaryStatus[];
  relation?: GlossaryRelation;
}

export const GLOSSARY_ENTRIES: TypedDocumentNode<
  { glossaryEntries: { total: number; items: GlossaryEntry[] } },
  { filter: GlossaryFilter; first: number; offset: number }
> = gql`
  query GlossaryEntries($filter: GlossaryFilter, $first: Int!, $offset: Int!) {
    glossaryEntries(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...GlossaryEntryFields
      }
    }
  }
  ${ENTRY_FIELDS}
`;

export interface ProposeInput {
  southTerm: string;
  northTerm: string;
  relation: GlossaryRelation;
  domain?: string;
  note?: string;
  source?: string;
}

export const PROPOSE_ENTRY: TypedDocumentNode<{ proposeGlossaryEntry: GlossaryEntry }, { input: ProposeInput }> = gql`
  mutation ProposeGlossaryEntry($input: ProposeGlossaryEntryInput!) {
    proposeGlossaryEntry(input: $input) {
      ...GlossaryEntryFields
    }
  }
  ${ENTRY_FIELDS}
`;

export const CONFIRM_ENTRY: TypedDocumentNode<{ confirmGlossaryEntry: GlossaryEntry }, { id: string; note?: string }> =
  gql`
    mutation ConfirmGlossaryEntry($id: UUID!, $note: String) {
      confirmGlossaryEntry(id: $id, note: $note) {
        ...GlossaryEntryFields
      }
    }
    ${ENTRY_FIELDS}
  `;

export const REJECT_ENTRY: TypedDocumentNode<{ rejectGlossaryEntry: GlossaryEntry }, { id: string; reason: string }> =
  gql`
    mutation RejectGlossaryEntry($id: UUID!, $reason: String!) {
      rejectGlossaryEntry(id: $id, reason: $reason) {
        ...GlossaryEntryFields
      }
    }
    ${ENTRY_FIELDS}
  `;

export const GLOSSARY_CSV: TypedDocumentNode<{ glossaryCsv: string }, Record<string, never>> = gql`
  query GlossaryCsv {
    glossaryCsv
  }
`;

export interface ImportReport {
  committed: boolean;
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  errors: { line: number; problems: string[] }[];
}

export const IMPORT_GLOSSARY_CSV: TypedDocumentNode<
  { importGlossaryCsv: ImportReport },
  { csv: string; dryRun: boolean }
> = gql`
  mutation ImportGlossaryCsv($csv: String!, $dryRun: Boolean!) {
    importGlossaryCsv(csv: $csv, dryRun: $dryRun) {
      committed
      rows
      added
      changed
      unchanged
      errors {
        line
        problems
      }
    }
  }
`;
