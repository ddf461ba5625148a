import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { exportKeyPair, generateKeyPair, importKeyPair } from '@dari/credentials';

/**
 * The certificate signing keys of an install, in `<data folder>/keys/certificate-keys.json` (never in the
 * database: a stolen database copy must not sign certificates): every key ever used, oldest first, the last
 * one current. Retired keys keep their secret half to sign their own status lists. Written whole to a file of
 * our own and renamed (or linked, when first created) into place, so a reader never sees half a ring.
 */
export interface RingKey {
  /** 1, 2, ...: short, for URLs and the command line. */
  id: number;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  created: string;
  retired: string | null;
  /** What this key signed from this time on is refused. */
  compromisedSince: string | null;
}

export interface KeyRing {
  keys: RingKey[];
}

const RING = 'certificate-keys.json';
/** The single key file of installs before rotation: it becomes key 1. */
const LEGACY_KEY = 'certificate-key.json';

export function ringFile(dataDir: string): string {
  return join(dataDir, 'keys', RING);
}

/** Reads the ring, creating it (from the legacy key file, or a new key) if the folder has none. */
export function loadOrCreateRing(dataDir: string): KeyRing {
  const file = ringFile(dataDir);
  if (!existsSync(file)) {
    const dir = join(dataDir, 'keys');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const legacy = join(dir, LEGACY_KEY);
    const first = existsSync(legacy)
      ? { ...exportedPair(readFileSync(legacy, 'utf8')), created: statSync(legacy).mtime.toISOString() }
      : { ...exportKeyPair(generateKeyPair()), created: new Date().toISOString() };
    // A replica starting at the same moment either wins the link or reads the winner's complete ring.
    const draft = writeDraft(file, { keys: [{ id: 1, ...first, retired: null, compromisedSince: null }] });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return readRing(file);
}

export function readRing(file: string): KeyRing {
  const ring = JSON.parse(readFileSync(file, 'utf8')) as KeyRing;
  if (!Array.isArray(ring.keys) || ring.keys.length === 0) throw new Error(`${file} holds no key`);
  // Throws on a malformed key or a public key that does not belong to its secret key.
  for (const key of ring.keys) importKeyPair(key);
  return ring;
}

/**
 * Changes the ring under an exclusive lock file: `change` gets the current ring and returns the new one, which
 * replaces the file atomically; `commit` runs (e.g. the audit transaction) before the rename, and a failure
 * there leaves the file as it was.
 */
export async function updateRing(
  dataDir: string,
  change: (ring: KeyRing) => KeyRing,
  commit: (before: KeyRing, after: KeyRing) => Promise<void>,
): Promise<KeyRing> {
  const file = ringFile(dataDir);
  const lock = `${file}.lock`;
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${lock} exists: another rotation is running (or crashed: remove the file)`);
    throw error;
  }
  try {
    const before = loadOrCreateRing(dataDir);
    const after = change(structuredClone(before));
    const draft = writeDraft(file, after);
    try {
      await commit(before, after);
      renameSync(draft, file);
    } finally {
      if (existsSync(draft)) unlinkSync(draft);
    }
    return after;
  } finally {
    closeSync(fd);
    unlinkSync(lock);
  }
}

export function newRingKey(ring: KeyRing, now: Date): RingKey {
  return {
    id: Math.max(...ring.keys.map((key) => key.id)) + 1,
    ...exportKeyPair(generateKeyPair()),
    created: now.toISOString(),
    retired: null,
    compromisedSince: null,
  };
}

function exportedPair(text: string) {
  const { publicKeyMultibase, secretKeyMultibase } = JSON.parse(text) as { publicKeyMultibase: string; secretKeyMultibase: string };
  return { publicKeyMultibase, secretKeyMultibase };
}

function writeDraft(file: string, ring: KeyRing): string {
  const draft = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, `${JSON.stringify(ring, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return draft;
}
