import { ed25519 } from '@noble/curves/ed25519';
import { sha256 } from '@noble/hashes/sha2';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { base58 } from '@scure/base';
import { jcs } from './jcs.js';
import { findKey, publicKeyOf, verificationMethodOf, type KeySet } from './keys.js';

/**
 * Data Integrity proofs (W3C Data Integrity EdDSA Cryptosuites v1.0). With eddsa-jcs-2022, the proof
 * configuration (the proof without proofValue, with the document's @context when it has one) and the document
 * without its proof are each JCS-canonicalized and hashed with SHA-256; the Ed25519 signature over the two
 * hashes, proof configuration's first, is the proofValue in multibase base58btc. eddsa-rdfc-2022 is the same
 * over RDF canonical N-Quads instead of JCS (`linked-data.ts`, Node only). In a proof set (`proof` an array)
 * every proof signs the document without `proof`.
 */
export type Cryptosuite = 'eddsa-jcs-2022' | 'eddsa-rdfc-2022';

export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: Cryptosuite;
  created?: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  '@context'?: unknown;
  proofValue: string;
}

export interface SigningOptions {
  privateKey: Uint8Array;
  /** Defaults to the did:key verification method of privateKey's public key. */
  verificationMethod?: string;
  /** Defaults to now. */
  created?: Date | string;
}

export type ProofCheck = 'ok' | 'malformed' | 'unknown_key' | 'bad_signature';

/** The outcome of checking a document's eddsa-jcs-2022 proofs, with who signed and when (when ok). */
export interface JcsProofResult {
  check: ProofCheck;
  verificationMethod?: string;
  created?: string;
}

const SIGNATURE_LENGTH = 64;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The proof configuration (the proof without proofValue) a suite signs: the same for both cryptosuites. */
export function proofConfig(cryptosuite: Cryptosuite, options: SigningOptions): Omit<DataIntegrityProof, 'proofValue'> {
  return {
    type: 'DataIntegrityProof',
    cryptosuite,
    created: toDateTime(options.created ?? new Date()),
    verificationMethod: options.verificationMethod ?? verificationMethodOf(publicKeyOf(options.privateKey)),
    proofPurpose: 'assertionMethod',
  };
}

/** An eddsa-jcs-2022 proof of the document (which must have no proof): the proof itself, not attached. */
export function jcsProof(document: object, options: SigningOptions): DataIntegrityProof {
  if ('proof' in document) throw new Error('the document already has a proof');
  const config = proofConfig('eddsa-jcs-2022', options);
  if ('@context' in document) config['@context'] = document['@context'];
  return { ...config, proofValue: encodeSignature(ed25519.sign(hashData(jcs(config), jcs(document)), options.privateKey)) };
}

export function addProof<T extends object>(document: T, options: SigningOptions): T & { proof: DataIntegrityProof } {
  return { ...document, proof: jcsProof(document, options) };
}

/** The unsecured document every proof of a proof set signs. */
export function withoutProof(secured: Record<string, unknown>): Record<string, unknown> {
  const document = { ...secured };
  delete document.proof;
  return document;
}

/** The proofs of a secured document: one, or a proof set. */
export function proofsOf(secured: Record<string, unknown>): unknown[] {
  return Array.isArray(secured.proof) ? secured.proof : [secured.proof];
}

/**
 * Checks the eddsa-jcs-2022 proofs of a secured document (one proof or a proof set) against the trusted keys:
 * there must be one at least, all by one key, all valid. Other proofs in a set must be well-formed Data
 * Integrity proofs by the same key; checking eddsa-rdfc-2022 needs linked-data.ts. Never throws.
 */
export function checkJcsProofs(secured: Record<string, unknown>, keys: KeySet): JcsProofResult {
  try {
    const document = withoutProof(secured);
    const proofs = proofsOf(secured);
    if (proofs.length === 0 || !proofs.every(isProof)) return { check: 'malformed' };
    const jcsProofs = proofs.filter((proof) => proof.cryptosuite === 'eddsa-jcs-2022');
    const [{ verificationMethod, created }] = jcsProofs.length ? jcsProofs : [{ verificationMethod: '', created: undefined }];
    if (jcsProofs.length === 0 || proofs.some((proof) => proof.verificationMethod !== verificationMethod)) return { check: 'malformed' };
    const publicKey = findKey(keys, verificationMethod);
    if (!publicKey) return { check: 'unknown_key' };
    for (const proof of jcsProofs) {
      const signature = decodeSignature(proof.proofValue);
      if (!signature) return { check: 'malformed' };
      const config: Record<string, unknown> = { ...proof };
      delete config.proofValue;
      // The spec lets a proof's @context be a prefix of the document's; Dari signs and accepts equal ones only.
      if ('@context' in config && jcs(config['@context']) !== jcs(document['@context'])) return { check: 'bad_signature' };
      if (!verifySignature(signature, hashData(jcs(config), jcs(document)), publicKey)) return { check: 'bad_signature' };
    }
    return { check: 'ok', verificationMethod, created };
  } catch {
    return { check: 'malformed' };
  }
}

/** Checks the proof (or proofs) of a secured document against the trusted keys. Never throws. */
export function checkProof(secured: Record<string, unknown>, keys: KeySet): ProofCheck {
  return checkJcsProofs(secured, keys).check;
}

/** zip215: false is strict RFC 8032 verification: no non-canonical encodings, so no second valid proofValue. */
export function verifySignature(signature: Uint8Array, data: Uint8Array, publicKey: Uint8Array): boolean {
  return ed25519.verify(signature, data, publicKey, { zip215: false });
}

export function encodeSignature(signature: Uint8Array): string {
  return `z${base58.encode(signature)}`;
}

/** An ISO 8601 date-time string, as XML Schema dateTime requires (with a time zone). */
export function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** A Date or date-time string as `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds). Throws on an invalid date. */
export function toDateTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(isDateTime(value) ? value : Number.NaN) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid date-time: ${String(value)}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SHA-256 of the canonical proof configuration, then of the canonical document, concatenated. */
export function hashData(canonicalConfig: string, canonicalDocument: string): Uint8Array {
  return concatBytes(sha256(utf8ToBytes(canonicalConfig)), sha256(utf8ToBytes(canonicalDocument)));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isProof(proof: unknown): proof is DataIntegrityProof {
  return (
    isRecord(proof) &&
    proof.type === 'DataIntegrityProof' &&
    (proof.cryptosuite === 'eddsa-jcs-2022' || proof.cryptosuite === 'eddsa-rdfc-2022') &&
    proof.proofPurpose === 'assertionMethod' &&
    typeof proof.verificationMethod === 'string' &&
    typeof proof.proofValue === 'string' &&
    (proof.created === undefined || isDateTime(proof.created))
  );
}

export function decodeSignature(proofValue: string): Uint8Array | undefined {
  if (!proofValue.startsWith('z')) return undefined;
  const bytes = base58.decode(proofValue.slice(1));
  return bytes.length === SIGNATURE_LENGTH ? bytes : undefined;
}
