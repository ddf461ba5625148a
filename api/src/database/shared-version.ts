import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';

/**
 * Version counters in `shared_version` tell each API process when its cache of some data is out of date: the
 * writer bumps the counter in its own transaction, readers compare it with the version their copy was read at.
 */
export type SharedName = 'curricula';

const CHANGED = Symbol('sharedVersionsChanged');

/** Raises `name`'s version in the caller's transaction; this process's listeners hear of it once it commits. */
export async function bumpSharedVersion(manager: EntityManager, name: SharedName): Promise<void> {
  await manager.query(`UPDATE shared_version SET version = version + 1 WHERE name = $1`, [name]);
  const data = manager.queryRunner?.data as Record<symbol, Set<SharedName>> | undefined;
  if (data) (data[CHANGED] ??= new Set()).add(name);
  else notify(name); // no transaction: already committed
}

const listeners = new Map<SharedName, Set<() => void>>();
const notify = (name: SharedName) => listeners.get(name)?.forEach((listener) => listener());

/** Calls `listener` after every commit in this process that bumped `name`; returns how to stop. */
export function onSharedVersionBumped(db: DataSource, name: SharedName, listener: () => void): () => void {
  if (!db.subscribers.some((s) => s instanceof CommitListener)) db.subscribers.push(new CommitListener());
  const set = listeners.get(name) ?? new Set();
  listeners.set(name, set.add(listener));
  return () => set.delete(listener);
}

class CommitListener implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent) {
    const data = event.queryRunner.data as Record<symbol, Set<SharedName> | undefined>;
    data[CHANGED]?.forEach(notify);
    delete data[CHANGED];
  }
}
