import { addProof, checkProof, isDateTime, isRecord, toDateTime, type DataIntegrityProof, type SigningOptions } from './data-integrity.js';
import type { KeySet } from './keys.js';

/**
 * The issuer's signed list of revoked credential ids. The /verify page fetches it when online, keeps the
 * verified list with the latest `updated` (an older list may be replayed to hide a revocation) and checks
 * credentials against it offline.
 */
export interface UnsignedRevocationList {
  type: 'DariRevocationList';
  /** The issuer's id, as in the credentials' `issuer.id`. */
  issuer: string;
  updated: string;
  /** Credential ids (`urn:uuid:...`), sorted, without duplicates. */
  revoked: string[];
}

export interface SignedRevocationList extends UnsignedRevocationList {
  proof: DataIntegrityProof;
}

export interface RevocationListInput {
  issuer: string;
  updated: Date | string;
  revoked: Iterable<string>;
}

export type RevocationListResult =
  | { valid: true; reason: 'ok'; issuer: string; updated: string; revoked: ReadonlySet<string> }
  | { valid: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

export function signRevocationList(input: RevocationListInput, options: SigningOptions): SignedRevocationList {
  const list: UnsignedRevocationList = {
    type: 'DariRevocationList',
    issuer: input.issuer,
    updated: toDateTime(input.updated),
    revoked: [...new Set(input.revoked)].sort(),
  };
  return addProof(list, options);
}

/** Verifies a revocation list from any source against the trusted keys. Never throws. */
export function verifyRevocationList(list: unknown, options: { keys: KeySet }): RevocationListResult {
  try {
    if (
      !isRecord(list) ||
      list.type !== 'DariRevocationList' ||
      typeof list.issuer !== 'string' ||
      !isDateTime(list.updated) ||
      !Array.isArray(list.revoked) ||
      !list.revoked.every((id) => typeof id === 'string')
    ) {
      return { valid: false, reason: 'malformed' };
    }
    const proof = checkProof(list, options.keys);
    if (proof !== 'ok') return { valid: false, reason: proof };
    return { valid: true, reason: 'ok', issuer: list.issuer, updated: list.updated, revoked: new Set(list.revoked as string[]) };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}
