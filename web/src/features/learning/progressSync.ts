import { isUnreachable } from '../../lib/graphqlError';
import { newEventId } from './eventId';
import type { ProgressEventInput, ProgressEventType } from './model';
import type { ProgressQueue, SendBatch } from './progressQueue';

const FLUSH_INTERVAL_MS = 30_000;

/** An event as the lesson page reports it; the id and the time are added when it is recorded. */
export interface NewProgressEvent {
  lessonId: string;
  type: ProgressEventType;
  position?: number;
  percentRead?: number;
  seconds?: number;
}

export interface SyncStatus {
  /** Events stored in this browser that the server has not confirmed yet. */
  pending: number;
  /** The browser says it is offline, or the last try could not reach the server. */
  offline: boolean;
}

const within = (value: number | undefined, min: number, max: number) =>
  Math.min(max, Math.max(min, Number.isFinite(value) ? (value as number) : min));

/** Keeps every event within what the API accepts, so no batch is ever refused for our own rounding. */
function toInput({ lessonId, type, position, percentRead, seconds }: NewProgressEvent): ProgressEventInput {
  const input: ProgressEventInput = { id: newEventId(), lessonId, type, occurredAt: new Date().toISOString() };
  if (type === 'position') {
    input.position = within(position, 0, 1);
    input.percentRead = Math.round(within(percentRead, 0, 100));
  }
  if (type === 'time') input.seconds = Math.round(within(seconds, 1, 3600));
  return input;
}

/**
 * Records the signed-in user's learning events in their queue and sends them: on start, every 30 seconds, when
 * the browser comes back online, when the page is hidden or closed, and right after a lesson is completed.
 * The status (what is waiting, and whether the server can be reached) is for `useSyncExternalStore`.
 */
export class ProgressSync {
  private status: SyncStatus = { pending: 0, offline: !navigator.onLine };
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  /** Between `start` and its stop: once stopped (the user signed out), nothing more is sent with the session. */
  private running = false;

  constructor(
    private readonly queue: ProgressQueue,
    private readonly send: SendBatch,
  ) {}

  /** Stores the event; a completion is sent at once. Never rejects. */
  async record(event: NewProgressEvent): Promise<void> {
    const input = toInput(event);
    try {
      await this.queue.enqueue(input);
    } catch (error) {
      // No IndexedDB here (some private modes): send it now, and lose it only if that fails too.
      console.warn('Learning events cannot be stored in this browser:', error);
      await this.send([input]).catch(() => undefined);
      return;
    }
    await this.refresh(this.status.offline);
    if (event.type === 'completed') await this.flush();
  }

  /** Sends what is waiting. A call while sending makes it send once more afterwards. Never rejects. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.sendWaiting().finally(() => {
      this.flushing = null;
      if (this.flushAgain) {
        this.flushAgain = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  start(): () => void {
    this.running = true;
    const flush = () => void this.flush();
    const offline = () => this.setStatus({ ...this.status, offline: true });
    const timer = setInterval(flush, FLUSH_INTERVAL_MS);
    window.addEventListener('online', flush);
    window.addEventListener('offline', offline);
    // Hidden is often the last moment a phone's page gets; the events are stored already either way.
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    flush();
    return () => {
      this.running = false;
      clearInterval(timer);
      window.removeEventListener('online', flush);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): SyncStatus => this.status;

  private async sendWaiting(): Promise<void> {
    if (!this.running) return;
    if (!navigator.onLine) return this.refresh(true);
    try {
      await this.queue.flush(this.send);
      await this.refresh(false);
    } catch (error) {
      // Kept for the next try; an expired session is the sign-in page's business, not "offline".
      await this.refresh(isUnreachable(error));
    }
  }

  private async refresh(offline: boolean): Promise<void> {
    const pending = await this.queue.count().catch(() => this.status.pending);
    this.setStatus({ pending, offline });
  }

  private setStatus(status: SyncStatus): void {
    if (status.pending === this.status.pending && status.offline === this.status.offline) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
