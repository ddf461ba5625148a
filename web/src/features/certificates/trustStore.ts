import { readStored, writeStored } from '../../lib/storage';

/**
 * What the /verify page keeps in this browser so it verifies certificates without the server: every public
 * key the server has ever served (a retired key must still verify the certificates it signed) and the newest
 * verified revocation list. No cryptography here, so this module stays out of the verifier's chunk.
 */
const KEYS = 'dari.certificates.keys';
const REVOCATIONS = 'dari.certificates.revocations';

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
