import { base64urlnopad } from '@scure/base';
import { gunzipSync, gzipSync } from 'fflate';
import { VC_V2_CONTEXT } from './credential.js';
import {
  addProof,
  checkJcsProofs,
  isDateTime,
  isRecord,
  toDateTime,
  type DataIntegrityProof,
  type SigningOptions,
} from './data-integrity.js';
import type { KeySet } from './keys.js';

/**
 * W3C Bitstring Status List v1.0, revocation only: bit i (left to right, the first byte's high bit is 0) of the
 * list is set when the credential with `statusListIndex` i is revoked. `encodedList` is multibase base64url
 * ('u', no padding) of the GZIP-compressed bitstring, at least 16 KB (131,072 entries) uncompressed so that
 * one index tells nothing about the issuer's volume. The list is itself a credential, signed like one.
 */
export const MIN_STATUS_LIST_BITS = 131_072;

export interface UnsignedStatusListCredential {
  '@context': [typeof VC_V2_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: 'revocation'; encodedList: string };
}

export interface SignedStatusListCredential extends UnsignedStatusListCredential {
  proof: DataIntegrityProof | DataIntegrityProof[];
}

export interface StatusListInput {
  /** The URL the list is served at: the credentials' `statusListCredential`. */
  id: string;
  issuer: string;
  validFrom: Date | string;
  /** Indexes of revoked credentials. */
  revoked: Iterable<number>;
  /** The highest index assigned so far (the list grows in steps of 131,072 entries to hold it). */
  highestIndex?: number;
}

export function buildStatusList(input: StatusListInput): UnsignedStatusListCredential {
  const revoked = [...input.revoked];
  const highest = Math.max(input.highestIndex ?? 0, ...revoked, 0);
  const bits = MIN_STATUS_LIST_BITS * Math.ceil((highest + 1) / MIN_STATUS_LIST_BITS);
  const list = new Uint8Array(bits / 8);
  for (const index of revoked) {
    if (!(Number.isSafeInteger(index) && index >= 0)) throw new RangeError(`invalid status list index: ${index}`);
    list[index >> 3] |= 0x80 >> (index & 7);
  }
  return {
    '@context': [VC_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: toDateTime(input.validFrom),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${base64urlnopad.encode(gzipSync(list, { mtime: 0 }))}`,
    },
  };
}

/**
 * Signs a status list with an eddsa-jcs-2022 proof only: enough for Dari's verifiers (and their tests). The API
 * publishes lists with both proofs (linked-data.ts `secure`), as other verifiers expect eddsa-rdfc-2022.
 */
export function signStatusList(unsigned: UnsignedStatusListCredential, options: SigningOptions): SignedStatusListCredential {
  return addProof(unsigned, options);
}

/** A verified status list: whether the credential with an index is revoked, as of `validFrom`. */
export interface StatusList {
  id: string;
  issuer: string;
  validFrom: string;
  verificationMethod: string;
  size: number;
  isRevoked(index: number): boolean;
}

export type StatusListResult =
  ({ valid: true; reason: 'ok' } & StatusList) | { valid: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

/** Verifies a status list credential from any source (its eddsa-jcs-2022 proof) against the trusted keys. Never throws. */
export function verifyStatusList(list: unknown, options: { keys: KeySet }): StatusListResult {
  try {
    if (!isRecord(list) || !isRecord(list.credentialSubject)) return { valid: false, reason: 'malformed' };
    const subject = list.credentialSubject;
    if (
      !Array.isArray(list.type) ||
      !list.type.includes('BitstringStatusListCredential') ||
      typeof list.id !== 'string' ||
      typeof list.issuer !== 'string' ||
      !isDateTime(list.validFrom) ||
      subject.type !== 'BitstringStatusList' ||
      subject.statusPurpose !== 'revocation' ||
      typeof subject.encodedList !== 'string' ||
      !subject.encodedList.startsWith('u')
    ) {
      return { valid: false, reason: 'malformed' };
    }
    const proof = checkJcsProofs(list, options.keys);
    if (proof.check !== 'ok') return { valid: false, reason: proof.check };
    // Inflated only once its signature is good: what the issuer signed is not a decompression bomb.
    const bits = gunzipSync(base64urlnopad.decode(subject.encodedList.slice(1)));
    if (bits.length * 8 < MIN_STATUS_LIST_BITS) return { valid: false, reason: 'malformed' };
    return {
      valid: true,
      reason: 'ok',
      id: list.id,
      issuer: list.issuer,
      validFrom: list.validFrom,
      verificationMethod: proof.verificationMethod!,
      size: bits.length * 8,
      isRevoked: (index) =>
        Number.isSafeInteger(index) && index >= 0 && index < bits.length * 8 && (bits[index >> 3] & (0x80 >> (index & 7))) !== 0,
    };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}
