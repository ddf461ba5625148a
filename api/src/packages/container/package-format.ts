/**
 * The Dari package file (`.dari`): a gzip stream of UTF-8 JSON lines — the manifest, one line per record, and
 * the signature over every preceding byte of the uncompressed stream. Shared by content and records packages.
 */
export const PACKAGE_FORMAT = 'dari-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const SIGNATURE_ALG = 'Ed25519';

export type PackageKind = 'content' | 'records';

/** Who exported a package: the install, where people reach it, and the key that signed it (a did:key URL). */
export interface PackageSource {
  installId: string;
  publicUrl: string;
  keyId: string;
}

/** What a writer is given: `format` and `formatVersion` are the writer's to set. */
export interface PackageManifestInput {
  format?: typeof PACKAGE_FORMAT;
  formatVersion?: typeof PACKAGE_FORMAT_VERSION;
  kind: PackageKind;
  packageId: string;
  createdAt: string;
  source: PackageSource;
  /** Kind-specific fields (curriculumId, since/until, counts, ...) sit beside the common ones. */
  [field: string]: unknown;
}

/** Line 1. */
export interface PackageManifest extends PackageManifestInput {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
}

export interface PackageRecord {
  type: string;
  data: unknown;
}

/** The last line's content. */
export interface PackageSignature {
  alg: typeof SIGNATURE_ALG;
  keyId: string;
  sha256: string;
  records: number;
  value: string;
}

/** Signs with the install's Ed25519 key. */
export interface PackageSigner {
  keyId: string;
  sign(bytes: Uint8Array): Uint8Array;
}

/** The publishers an importer trusts: the public key of a trusted key id, or undefined. */
export interface PackageTrust {
  isTrusted(keyId: string): Uint8Array | undefined;
}

/** What the signature signs: a domain-separated statement of the digest, never the raw digest alone. */
export function signedStatement(sha256hex: string): Uint8Array {
  return new TextEncoder().encode(`dari-package/${PACKAGE_FORMAT_VERSION} ${sha256hex}`);
}

/** The longest line a reader accepts (a figure's bytes, base64, are the largest record): garbage without
 * newlines must not grow a buffer without bound. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
