import { gql, type TypedDocumentNode } from '@apollo/client';

export interface RecordsConflictField {
  field: string;
  local: string | null;
  incoming: string | null;
}

export interface RecordsConflict {
  id: string;
  recordType: string;
  recordId: string;
  workerId: string;
  workerName: string | null;
  registrationNumber: string | null;
  detectedAt: string;
  differences: RecordsConflictField[];
}

const FIELDS = gql`
  fragment RecordsConflictFields on RecordsConflict {
    id
    recordType
    recordId
    workerId
    workerName
    registrationNumber
    detectedAt
    differences {
      field
      local
      incoming
    }
  }
`;

export const RECORDS_CONFLICTS: TypedDocumentNode<{ recordsConflicts: RecordsConflict[] }, Record<string, never>> = gql`
  query RecordsConflicts {
    recordsConflicts {
      ...RecordsConflictFields
    }
  }
  ${FIELDS}
`;

export type RecordsConflictChoice = 'local' | 'incoming';

export const SETTLE_RECORDS_CONFLICT: TypedDocumentNode<{ settleRecordsConflict: { id: string; resolution: RecordsConflictChoice } }, { id: string; keep: RecordsConflictChoice }> = gql`
  mutation SettleRecordsConflict($id: UUID!, $keep: RecordsConflictChoice!) {
    settleRecordsConflict(id: $id, keep: $keep) {
      id
      resolution
    }
  }
`;
