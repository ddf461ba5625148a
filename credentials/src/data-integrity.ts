import { ed25519 } from '@noble/curves/ed25519';
import { sha256 } from '@noble/hashes/sha2';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { base58 } from '@scure/base';
import { jcs } from './jcs.js';
import { findKey, publicKeyOf, verificationMethodOf, type KeySet } from './keys.js';

/**
 * Data Integrity proofs with the eddsa-jcs-2022 cryptosuite (W3C Data Integrity EdDSA Cryptosuites v1.0):
 * the proof configuration (the proof without proofValue, with the document's @context when it has one) and
 * the document without its proof are each JCS-canonicalized and hashed with SHA-256; the Ed25519 signature
 * over the two hashes, proof configuration's first, is the proofValue in multibase base58btc.
 */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-jcs-2022';
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

const SIGNATURE_LENGTH = 64;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function addProof<T extends object>(document: T, options: SigningOptions): T & { proof: DataIntegrityProof } {
  if ('proof' in document) throw new Error('the document already has a proof');
  const config: Omit<DataIntegrityProof, 'proofValue'> = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: toDateTime(options.created ?? new Date()),
    verificationMethod: options.verificationMethod ?? verificationMethodOf(publicKeyOf(options.privateKey)),
    proofPurpose: 'assertionMethod',
  };
  if ('@context' in document) config['@context'] = document['@context'];
  const signature = ed25519.sign(hashData(config, document), options.privateKey);
  return { ...document, proof: { ...config, proofValue: `z${base58.encode(signature)}` } };
}

/** Checks the proof of a secured document against the trusted keys. Never throws. */
export function checkProof(secured: Record<string, unknown>, keys: KeySet): ProofCheck {
  try {
    const { proof, ...document } = secured;
    if (!isProof(proof)) return 'malformed';
    const signature = decodeSignature(proof.proofValue);
    if (!signature) return 'malformed';
    const publicKey = findKey(keys, proof.verificationMethod);
    if (!publicKey) return 'unknown_key';
    const config: Record<string, unknown> = { ...proof };
    delete config.proofValue;
    // The spec lets a proof's @context be a prefix of the document's; Dari signs and accepts equal ones only.
    if ('@context' in config && jcs(config['@context']) !== jcs(document['@context'])) return 'bad_signature';
    // zip215: false is strict RFC 8032 verification: no non-canonical encodings, so no second valid proofValue.
    return ed25519.verify(signature, hashData(config, document), publicKey, { zip215: false }) ? 'ok' : 'bad_signature';
  } catch {
    return 'malformed';
  }
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

function hashData(config: object, document: object): Uint8Array {
  return concatBytes(sha256(utf8ToBytes(jcs(config))), sha256(utf8ToBytes(jcs(document))));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProof(proof: unknown): proof is DataIntegrityProof {
  return (
    isRecord(proof) &&
    proof.type === 'DataIntegrityProof' &&
    proof.cryptosuite === 'eddsa-jcs-2022' &&
    proof.proofPurpose === 'assertionMethod' &&
    typeof proof.verificationMethod === 'string' &&
    typeof proof.proofValue === 'string' &&
    (proof.created === undefined || isDateTime(proof.created))
  );
}

function decodeSignature(proofValue: string): Uint8Array | undefined {
  if (!proofValue.startsWith('z')) return undefined;
  const bytes = base58.decode(proofValue.slice(1));
  return bytes.length === SIGNATURE_LENGTH ? bytes : undefined;
}
