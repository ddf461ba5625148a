import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProgressEventInput } from './model';

/** Events per `recordProgress` call (the API takes up to 500). */
export const BATCH_SIZE = 100;

const DATABASE = 'dari-learning';
const STORE = 'progressEvents';

/** An event waiting in IndexedDB; `seq` keeps the order events were recorded in. */
interface StoredEvent extends ProgressEventInput {
  seq?: number;
  /** Whose event it is: on a shared computer, only the signed-in user's events may be sent with their session. */
  userId: string;
}

interface ProgressDatabase extends DBSchema {
  [STORE]: {
    key: number;
    value: StoredEvent;
    indexes: { byId: string; byUser: string };
  };
}

/**
 * What the server said about a batch. `refused`: nothing was recorded, and the events named by `ids` can never
 * be (invalid, or not this user's to record); an empty list means the server did not say which ones.
 */
export type SendOutcome = { kind: 'recorded' } | { kind: 'refused'; ids: string[] };

/** Sends a batch; rejects when it could not be delivered (offline, server down, session expired). */
export type SendBatch = (events: ProgressEventInput[]) => Promise<SendOutcome>;

function openDatabase(): Promise<IDBPDatabase<ProgressDatabase>> {
  return openDB<ProgressDatabase>(DATABASE, 1, {
    upgrade(db) {
      const store = db.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      store.createIndex('byId', 'id', { unique: true });
      store.createIndex('byUser', 'userId');
    },
  });
}

const toInput = ({ seq: _seq, userId: _userId, ...event }: StoredEvent): ProgressEventInput => event;

/**
 * One user's learning events, kept in IndexedDB until the server confirms them, so a closed tab, a lost
 * connection or a crash loses nothing. Events are sent oldest first, in batches of `BATCH_SIZE`, and removed
 * only once the server has recorded them (or refused them for good). Several tabs may send the same events
 * at once; the server records each id once.
 */
export class ProgressQueue {
  private database: Promise<IDBPDatabase<ProgressDatabase>> | null = null;

  constructor(private readonly userId: string) {}

  private db(): Promise<IDBPDatabase<ProgressDatabase>> {
    this.database ??= openDatabase().catch((error: unknown) => {
      this.database = null; // Try again next time, e.g. after storage was freed.
      throw error;
    });
    return this.database;
  }

  /** Stores an event; one whose id is already stored is not stored twice. */
  async enqueue(event: ProgressEventInput): Promise<void> {
    const db = await this.db();
    try {
      await db.add(STORE, { ...event, userId: this.userId });
    } catch (error) {
      // Not every IndexedDB throws a `DOMException` instance; the name is what is specified.
      if ((error as { name?: unknown } | null)?.name !== 'ConstraintError') throw error;
    }
  }

  /** This user's waiting events, oldest first. */
  async pending(limit?: number): Promise<ProgressEventInput[]> {
    return (await this.oldest(limit)).map(toInput);
  }

  async count(): Promise<number> {
    return (await this.db()).countFromIndex(STORE, 'byUser', this.userId);
  }

  /**
   * Sends everything waiting, batch by batch, and stops at the first batch that could not be delivered (the
   * rejection is passed on; those events and all later ones stay). A refused batch loses only the events the
   * server named; when it named none, the batch is sent again one event at a time to find them, so one bad
   * event never blocks the queue and never takes good events with it.
   */
  async flush(send: SendBatch): Promise<void> {
    let oneByOne = 0;
    for (;;) {
      const batch = await this.oldest(oneByOne > 0 ? 1 : BATCH_SIZE);
      if (batch.length === 0) return;
      const outcome = await send(batch.map(toInput));
      if (oneByOne > 0) oneByOne -= 1;
      if (outcome.kind === 'recorded') {
        await this.remove(batch);
        continue;
      }
      const named = batch.filter((event) => outcome.ids.includes(event.id));
      const refused = named.length > 0 ? named : batch.length === 1 ? batch : [];
      if (refused.length === 0) {
        oneByOne = batch.length;
        continue;
      }
      console.warn('Dropping learning events the server refused:', refused.map(toInput));
      await this.remove(refused);
    }
  }

  private async oldest(limit?: number): Promise<StoredEvent[]> {
    // Index entries with the same key come in primary key order, i.e. the order events were stored in.
    return (await this.db()).getAllFromIndex(STORE, 'byUser', this.userId, limit);
  }

  private async remove(events: StoredEvent[]): Promise<void> {
    const tx = (await this.db()).transaction(STORE, 'readwrite');
    await Promise.all([...events.map((event) => tx.store.delete(event.seq as number)), tx.done]);
  }
}
