import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CreatedAccount } from '../accounts/accounts.graphql';

export interface ImportProblem {
  line: number;
  field: string;
  code: string;
  messageKo: string;
  messageEn: string;
}

export interface ImportRow {
  line: number;
  registrationNumber: string;
  name: string;
  cadre: string;
  facilityCode: string;
  facilityName: string | null;
  licenceNumber: string | null;
  problems: ImportProblem[];
}

export interface ImportPreview {
  valid: boolean;
  rowCount: number;
  problemCount: number;
  rows: ImportRow[];
}

export const PREVIEW_WORKER_IMPORT: TypedDocumentNode<{ previewWorkerImport: ImportPreview }, { csv: string }> = gql`
  mutation PreviewWorkerImport($csv: String!) {
    previewWorkerImport(csv: $csv) {
      valid
      rowCount
      problemCount
      rows {
        line
        registrationNumber
        name
        cadre
        facilityCode
        facilityName
        licenceNumber
        problems {
          line
          field
          code
          messageKo
          messageEn
        }
      }
    }
  }
`;

export interface ImportResult {
  imported: number;
  licencesIssued: number;
  workers: { __typename?: 'Worker'; id: string; registrationNumber: string; name: string }[];
  accounts: CreatedAccount[];
}

export const IMPORT_WORKERS: TypedDocumentNode<{ importWorkers: ImportResult }, { csv: string }> = gql`
  mutation ImportWorkers($csv: String!) {
    importWorkers(csv: $csv) {
      imported
      licencesIssued
      workers {
        id
        registrationNumber
        name
      }
      accounts {
        workerId
        userId
        name
        facilityName
        username
        oneTimePassword
      }
    }
  }
`;
