import { ed25519 } from '@noble/curves/ed25519';
import { base58 } from '@scure/base';

/**
 * Ed25519 keys as raw bytes, and their Multikey encodings (W3C Controlled Identifiers): multibase base58btc
 * ('z') of a multicodec header + the key — 0xed01 for a public key (`z6Mk...`), 0x8026 for a secret key.
 */
export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** A key pair as stored in a file (JSON). Keep the secret key out of the repository and the web bundle. */
export interface ExportedKeyPair {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** Public keys the verifier trusts, by verification method id. */
export type KeySet = Readonly<Record<string, Uint8Array>>;

const PUBLIC_KEY_HEADER = [0xed, 0x01];
const SECRET_KEY_HEADER = [0x80, 0x26];
const KEY_LENGTH = 32;

export function generateKeyPair(): KeyPair {
  const privateKey = ed25519.utils.randomPrivateKey();
  return { publicKey: ed25519.getPublicKey(privateKey), privateKey };
}

export function publicKeyOf(privateKey: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(privateKey);
}

export function encodePublicKey(publicKey: Uint8Array): string {
  return encodeMultikey(PUBLIC_KEY_HEADER, publicKey);
}

/** Throws on anything but a multibase base58btc Ed25519 public key. */
export function decodePublicKey(multibase: string): Uint8Array {
  return decodeMultikey(PUBLIC_KEY_HEADER, multibase);
}

export function exportKeyPair(keyPair: KeyPair): ExportedKeyPair {
  return {
    publicKeyMultibase: encodePublicKey(keyPair.publicKey),
    secretKeyMultibase: encodeMultikey(SECRET_KEY_HEADER, keyPair.privateKey),
  };
}

/** Throws when a key is malformed or the public key does not belong to the secret key. */
export function importKeyPair(exported: ExportedKeyPair): KeyPair {
  const privateKey = decodeMultikey(SECRET_KEY_HEADER, exported.secretKeyMultibase);
  const publicKey = decodePublicKey(exported.publicKeyMultibase);
  if (!equalBytes(publicKey, publicKeyOf(privateKey))) {
    throw new Error('publicKeyMultibase does not match secretKeyMultibase');
  }
  return { publicKey, privateKey };
}

/**
 * Dari's verification method ids are did:key URLs (`did:key:z6Mk...#z6Mk...`): self-describing, resolvable
 * offline, and a rotated key is simply another id. A verifier still trusts only the ids in its KeySet.
 */
export function verificationMethodOf(publicKey: Uint8Array): string {
  const multikey = encodePublicKey(publicKey);
  return `did:key:${multikey}#${multikey}`;
}

/** The KeySet of the given public keys (raw or multibase), each under its did:key verification method. */
export function trustedKeys(publicKeys: ReadonlyArray<Uint8Array | string>): KeySet {
  const keys: Record<string, Uint8Array> = {};
  for (const key of publicKeys) {
    const bytes = typeof key === 'string' ? decodePublicKey(key) : key;
    keys[verificationMethodOf(bytes)] = bytes;
  }
  return keys;
}

/** The key for a verification method, or undefined (own properties only: no `__proto__` surprises). */
export function findKey(keys: KeySet, verificationMethod: string): Uint8Array | undefined {
  if (!Object.prototype.hasOwnProperty.call(keys, verificationMethod)) return undefined;
  const key = keys[verificationMethod];
  return key instanceof Uint8Array && key.length === KEY_LENGTH ? key : undefined;
}

function encodeMultikey(header: number[], key: Uint8Array): string {
  if (key.length !== KEY_LENGTH) throw new Error(`an Ed25519 key has ${KEY_LENGTH} bytes`);
  const bytes = new Uint8Array(header.length + key.length);
  bytes.set(header);
  bytes.set(key, header.length);
  return `z${base58.encode(bytes)}`;
}

function decodeMultikey(header: number[], multibase: string): Uint8Array {
  if (!multibase.startsWith('z')) throw new Error('expected a multibase base58btc (z...) key');
  const bytes = base58.decode(multibase.slice(1));
  if (bytes.length !== header.length + KEY_LENGTH || header.some((byte, i) => bytes[i] !== byte)) {
    throw new Error('not an Ed25519 Multikey');
  }
  return bytes.slice(header.length);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
