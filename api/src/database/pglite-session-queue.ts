import type { PGlite } from '@electric-sql/pglite';

type Database = Pick<PGlite, 'isInTransaction' | 'runExclusive' | 'execProtocolRawStream' | 'exec'>;

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/** Extended-protocol messages (Parse, Bind, Describe, Execute, Close, Flush): a query's steps until its Sync. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * Replaces pglite-socket's query queue (0.2.17), which keeps one connection's messages together only inside a
 * transaction. `pg` sends each query as Parse/Bind/Execute/Sync on the unnamed statement, so two connections'
 * queries interleaved message by message overwrite each other's statement ("unnamed prepared statement does
 * not exist", "portal does not exist"). Here a connection owns the single PGlite session from its first
 * extended-protocol message to its Sync, and for as long as it holds a transaction open.
 */
export class PgliteSessionQueue {
  private readonly queue: Pending[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: Database) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].handlerId === handlerId) this.queue.splice(i, 1)[0].reject(new Error('Handler disconnected'));
    }
  }

  /** A connection that closes while owning the session gives it back, rolling back its open transaction. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.process();
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let next = this.next(); next; next = this.next()) {
        let bytes = 0;
        let failure: unknown;
        await this.db
          .runExclusive(() =>
            this.db.execProtocolRawStream(next.message, { onRawData: (data) => ((bytes += data.length), next.onData(data)) }),
          )
          .catch((error: unknown) => (failure = error ?? new Error('PGlite failed')));
        this.owner = EXTENDED.has(next.message[0]) || this.db.isInTransaction() ? next.handlerId : null;
        if (failure) next.reject(failure);
        else next.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  /** The owner's next message while it holds the session; otherwise the oldest message. */
  private next(): Pending | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((p) => p.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }
}
