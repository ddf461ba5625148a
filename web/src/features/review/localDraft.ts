import { readStored, writeStored } from '../../lib/storage';

/** The author's text as typed, kept on this device until the server confirms saving it. */
export interface LocalCopy {
  title: string;
  body: string;
  /** The revision's `saves` the text was based on. */
  baseSaves: number;
  /** When it was last changed (ms since the epoch). */
  changedAt: number;
}

const key = (revisionId: string) => `dari.revisionDraft.${revisionId}`;

export function readLocalCopy(revisionId: string): LocalCopy | null {
  const stored = readStored(key(revisionId));
  if (!stored) return null;
  try {
    const copy = JSON.parse(stored) as Partial<LocalCopy>;
    if (typeof copy.title !== 'string' || typeof copy.body !== 'string' || typeof copy.baseSaves !== 'number') return null;
    return { title: copy.title, body: copy.body, baseSaves: copy.baseSaves, changedAt: Number(copy.changedAt) || 0 };
  } catch {
    return null;
  }
}

export function writeLocalCopy(revisionId: string, copy: LocalCopy): void {
  writeStored(key(revisionId), JSON.stringify(copy));
}

export function clearLocalCopy(revisionId: string): void {
  try {
    localStorage.removeItem(key(revisionId));
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}

/** The local copy worth offering when the editor opens: one whose text differs from the server's. */
export function copyToRestore(revisionId: string, server: { title: string; body: string }): LocalCopy | null {
  const copy = readLocalCopy(revisionId);
  if (!copy) return null;
  if (copy.title === server.title && copy.body === server.body) {
    clearLocalCopy(revisionId);
    return null;
  }
  return copy;
}
