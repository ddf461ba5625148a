import { readStored, writeStored } from '../../lib/storage';

/**
 * What the /verify page keeps in this browser so it verifies certificates without the server: every public
 * key the server has ever served (a retired key must still verify the certificates it signed) and the newest
 * verified status list (and legacy revocation list), and the compromise marks of keys. No cryptography here, so this module stays out of the verifier's chunk.
 */
const KEYS = 'dari.certificates.keys';
const REVOCATIONS = 'dari.certificates.revocations';
const STATUS_LIST = 'dari.certificates.status-list';
const COMPROMISED = 'dari.certificates.compromised';

const MULTIBASE_KEY = /^z[1-9A-HJ-NP-Za-km-z]{40,60}$/;

/** The public keys (multibase `z6Mk...`) seen so far, oldest first. */
export function storedKeys(): string[] {
  try {
    const value: unknown = JSON.parse(readStored(KEYS) ?? '[]');
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string' && MULTIBASE_KEY.test(key)) : [];
  } catch {
    return [];
  }
}

/** Adds a key to the stored ones; keys are never dropped. Returns every stored key. */
export function rememberKey(publicKeyMultibase: string): string[] {
  const keys = storedKeys();
  if (!MULTIBASE_KEY.test(publicKeyMultibase) || keys.includes(publicKeyMultibase)) return keys;
  const all = [...keys, publicKeyMultibase];
  writeStored(KEYS, JSON.stringify(all));
  return all;
}

/** Public keys marked compromised, each with the time from which what it signed is refused. */
export function storedCompromised(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(readStored(COMPROMISED) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        ([key, since]) => MULTIBASE_KEY.test(key) && typeof since === 'string' && !Number.isNaN(Date.parse(since)),
      ),
    );
  } catch {
    return {};
  }
}

/** Adds compromise marks; a mark is never dropped, and the earliest time of a key wins. Returns all marks. */
export function rememberCompromised(marks: Record<string, string>): Record<string, string> {
  const all = storedCompromised();
  let changed = false;
  for (const [key, since] of Object.entries(marks)) {
    if (!MULTIBASE_KEY.test(key) || Number.isNaN(Date.parse(since))) continue;
    if (all[key] === undefined || Date.parse(since) < Date.parse(all[key])) {
      all[key] = since;
      changed = true;
    }
  }
  if (changed) writeStored(COMPROMISED, JSON.stringify(all));
  return all;
}

/** The stored signed status list credential as it came from the server (checked again on reading). */
export function storedStatusList(): unknown {
  try {
    return JSON.parse(readStored(STATUS_LIST) ?? 'null');
  } catch {
    return null;
  }
}

/** Only for a list the verifier has checked and found not older than the stored one. */
export function storeStatusList(list: unknown): void {
  writeStored(STATUS_LIST, JSON.stringify(list));
}

/** The stored signed revocation list as it came from the server (the verifier checks it again on reading). */
export function storedRevocationList(): unknown {
  try {
    return JSON.parse(readStored(REVOCATIONS) ?? 'null');
  } catch {
    return null;
  }
}

/** Only for a list the verifier has checked and found newer than the stored one. */
export function storeRevocationList(list: unknown): void {
  writeStored(REVOCATIONS, JSON.stringify(list));
}
