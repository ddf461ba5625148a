import { clearLocalCopy, writeLocalCopy } from './localDraft';

export interface Draft {
  title: string;
  body: string;
}

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** The last error: a SAVE_CONFLICT, a refused save or the network. */
  error?: unknown;
}

export interface AutosaverOptions {
  revisionId: string;
  /** The server's `saves` of the text the editor opened with. */
  saves: number;
  /** Saves the draft as based on `saves`; resolves to the revision's new `saves`. */
  save: (draft: Draft, saves: number) => Promise<number>;
  /** A refusal that retrying cannot cure because the server's text moved on (SAVE_CONFLICT). */
  isConflict: (error: unknown) => boolean;
  /** A failure worth retrying later (no connection, server down); anything else is shown and waits for an edit. */
  isTransient: (error: unknown) => boolean;
  onState: (state: AutosaveState) => void;
  delay?: number;
  retryDelay?: number;
  now?: () => number;
}

/**
 * Debounced saving of one revision. Every change is written to this device at once (so a closed tab or a
 * dropped connection loses nothing) and cleared only when the server confirms that very text; a failed save
 * is retried, a conflict stops saving until the author chooses which text to keep.
 */
export class Autosaver {
  private saves: number;
  private pending: Draft | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly delay: number;
  private readonly retryDelay: number;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions) {
    this.saves = options.saves;
    this.delay = options.delay ?? 1500;
    this.retryDelay = options.retryDelay ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get baseSaves(): number {
    return this.saves;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  change(draft: Draft): void {
    this.pending = draft;
    this.keepLocally(draft);
    if (this.stopped) return;
    this.options.onState({ status: 'pending' });
    this.schedule(this.delay);
  }

  /** Saves what is waiting now (e.g. before submitting); resolves once nothing is waiting or saving failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (this.pending && !this.stopped) await this.run();
  }

  /** The server's text changed by other means (a reload, an accepted suggestion): continue from its `saves`. */
  rebase(saves: number, keepPending: boolean): void {
    this.saves = saves;
    this.stopped = false;
    if (!keepPending) {
      this.pending = null;
      clearLocalCopy(this.options.revisionId);
      this.options.onState({ status: 'saved' });
    } else if (this.pending) {
      this.keepLocally(this.pending);
      this.options.onState({ status: 'pending' });
      this.schedule(0);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.stopped = true;
  }

  private keepLocally(draft: Draft) {
    writeLocalCopy(this.options.revisionId, { ...draft, baseSaves: this.saves, changedAt: this.now() });
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private run(): Promise<void> {
    const draft = this.pending;
    if (!draft) return Promise.resolve();
    this.options.onState({ status: 'saving' });
    this.running = this.options
      .save(draft, this.saves)
      .then(
        (saves) => {
          this.saves = saves;
          if (this.pending === draft) {
            this.pending = null;
            clearLocalCopy(this.options.revisionId);
            this.options.onState({ status: 'saved' });
          } else if (this.pending) {
            this.keepLocally(this.pending); // now based on the new count
            this.schedule(this.delay);
          }
        },
        (error: unknown) => {
          if (this.options.isConflict(error)) {
            this.stopped = true;
            this.options.onState({ status: 'conflict', error });
          } else if (this.options.isTransient(error)) {
            this.options.onState({ status: 'offline', error });
            if (!this.stopped) this.schedule(this.retryDelay);
          } else {
            this.options.onState({ status: 'error', error });
          }
        },
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
