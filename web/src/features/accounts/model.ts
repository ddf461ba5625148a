// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { CreateWorkerAccountsMutation } from './accounts.generated';

export type WorkerAccountsResult = CreateWorkerAccountsMutation['createWorkerAccounts'];
export type CreatedAccount = WorkerAccountsResult['accounts'][number];
