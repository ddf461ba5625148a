import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WorkerFilter } from '../registry/registry.graphql';

/** An account createWorkerAccounts made: the one-time password is returned this once and never stored in the clear. */
export interface CreatedAccount {
  workerId: string;
  userId: string;
  name: string;
  facilityName: string;
  username: string;
  oneTimePassword: string;
}

export interface WorkerAccountsResult {
  accounts: CreatedAccount[];
  skipped: { workerId: string; name: string; reason: string }[];
}

export const CREATE_WORKER_ACCOUNTS: TypedDocumentNode<{ createWorkerAccounts: WorkerAccountsResult }, { workerIds: string[] }> = gql`
  mutation CreateWorkerAccounts($workerIds: [UUID!]!) {
    createWorkerAccounts(workerIds: $workerIds) {
      accounts {
        workerId
        userId
        name
        facilityName
        username
        oneTimePassword
      }
      skipped {
        workerId
        name
        reason
      }
    }
  }
`;

/** A page of the ids of the workers a filter matches (CreateAccounts follows `nextCursor` to the 1,000 one call may take). */
export const MATCHING_WORKER_IDS: TypedDocumentNode<{ workers: { items: { id: string }[]; nextCursor: string | null } }, { filter: WorkerFilter; after?: string }> = gql`
  query MatchingWorkerIds($filter: WorkerFilter, $after: String) {
    workers(filter: $filter, first: 200, after: $after) {
      items {
        id
      }
      nextCursor
    }
  }
`;
