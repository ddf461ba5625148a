import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isAuthError, isUnreachable } from '../../lib/graphqlError';
import type { Answer, QuizAttempt } from './model';

const FLUSH_INTERVAL_MS = 30_000;

/** An attempt answered offline, waiting in IndexedDB until the server has scored it. */
export interface OfflineAttempt {
  clientId: string;
  userId: string;
  quizId: string;
  answers: Answer[];
  answeredAt: string;
}

/** What became of a sent attempt: the server's scoring, or its refusal (e.g. the attempts were used up). */
export type AttemptOutcome = { kind: 'scored'; attempt: QuizAttempt } | { kind: 'refused'; error: unknown };

/** Sends one attempt; rejects when the server could not be reached, or refused it. */
export type SendAttempt = (attempt: OfflineAttempt) => Promise<QuizAttempt>;

interface OutboxDatabase extends DBSchema {
  attempts: { key: string; value: OfflineAttempt; indexes: { byUser: string } };
}

function openDatabase(): Promise<IDBPDatabase<OutboxDatabase>> {
  return openDB<OutboxDatabase>('dari-quiz-outbox', 1, {
    upgrade(db) {
      db.createObjectStore('attempts', { keyPath: 'clientId' }).createIndex('byUser', 'userId');
    },
  });
}

/**
 * One user's offline quiz attempts, kept until the server scored them, like progress events: sent on start,
 * when the browser comes back online and every 30 seconds. The server scores a client id once, so sending
 * again after a lost answer is safe. Outcomes are kept in memory for the page that is waiting for them.
 */
export class OfflineAttemptOutbox {
  private database: Promise<IDBPDatabase<OutboxDatabase>> | null = null;
  private readonly outcomes = new Map<string, AttemptOutcome>();
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly userId: string,
    private readonly send: SendAttempt,
  ) {}

  private db(): Promise<IDBPDatabase<OutboxDatabase>> {
    this.database ??= openDatabase().catch((error: unknown) => {
      this.database = null;
      throw error;
    });
    return this.database;
  }

  async enqueue(attempt: Omit<OfflineAttempt, 'userId'>): Promise<void> {
    await (await this.db()).put('attempts', { ...attempt, userId: this.userId });
    void this.flush();
  }

  outcome(clientId: string): AttemptOutcome | undefined {
    return this.outcomes.get(clientId);
  }

  /** Sends every waiting attempt, oldest first; stops at the first that cannot reach the server. Never rejects. */
  flush(): Promise<void> {
    this.flushing ??= this.sendWaiting()
      .catch((error: unknown) => console.warn('Offline quiz attempts wait for the next try:', error))
      .finally(() => (this.flushing = null));
    return this.flushing;
  }

  start(): () => void {
    const flush = () => void this.flush();
    const timer = setInterval(flush, FLUSH_INTERVAL_MS);
    window.addEventListener('online', flush);
    flush();
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', flush);
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async sendWaiting(): Promise<void> {
    if (!navigator.onLine) return;
    const waiting = await (await this.db()).getAllFromIndex('attempts', 'byUser', this.userId);
    waiting.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
    for (const attempt of waiting) {
      let outcome: AttemptOutcome;
      try {
        outcome = { kind: 'scored', attempt: await this.send(attempt) };
      } catch (error) {
        // Unreachable or signed out: kept for the next try. Anything else is the server's final word.
        if (isUnreachable(error) || isAuthError(error)) return;
        outcome = { kind: 'refused', error };
      }
      await (await this.db()).delete('attempts', attempt.clientId);
      this.outcomes.set(attempt.clientId, outcome);
      for (const listener of this.listeners) listener();
    }
  }
}
