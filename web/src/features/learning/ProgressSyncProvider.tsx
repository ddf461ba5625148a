import { createContext, use, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ProgressQueue } from './progressQueue';
import { progressSender } from './progressSender';
import { ProgressSync, type SyncStatus } from './progressSync';

const ProgressSyncContext = createContext<ProgressSync | null>(null);

/** The signed-in user's learning events: stored, then sent. Give it `key={userId}` so a new user gets a new one. */
export function ProgressSyncProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useApolloClient();
  const [sync] = useState(() => new ProgressSync(new ProgressQueue(userId), progressSender(client)));
  useEffect(() => sync.start(), [sync]);
  return <ProgressSyncContext value={sync}>{children}</ProgressSyncContext>;
}

/** The signed-in learner's sync; null for users who do not record learning (see `canLearn`). */
export function useProgressSync(): ProgressSync | null {
  return use(ProgressSyncContext);
}

const NOTHING_WAITING: SyncStatus = { pending: 0, offline: false };
const noSubscription = () => () => undefined;
const nothingWaiting = () => NOTHING_WAITING;

export function useProgressStatus(): SyncStatus {
  const sync = useProgressSync();
  return useSyncExternalStore(sync?.subscribe ?? noSubscription, sync?.getStatus ?? nothingWaiting);
}
