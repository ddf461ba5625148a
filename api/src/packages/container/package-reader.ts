import { createHash, createPublicKey, verify } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  MAX_LINE_BYTES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageManifest,
  type PackageRecord,
  type PackageTrust,
  SIGNATURE_ALG,
  signedStatement,
} from './package-format';
import { PackageRefusedException } from './package-refused.exception';

export interface PackageVerification {
  sha256: string;
  records: number;
  keyId: string;
}

export interface PackageReading {
  manifest: PackageManifest;
  /** The records as they are read. Iterate to the end: `verified` settles when the signature line is read. */
  records: AsyncIterable<PackageRecord>;
  /** Resolves once the signature is checked; rejects with PackageRefusedException otherwise. */
  verified: Promise<PackageVerification>;
}

/**
 * Opens a package: reads and checks the manifest (refusing a publisher `trust` does not know before any record
 * is read), then hands out the records one by one. Apply them in a transaction and commit only after `verified`
 * resolves: a cut or altered file is only known to be so at its end.
 */
export async function readPackage(input: Readable, trust: PackageTrust): Promise<PackageReading> {
  const lines = hashedLines(input);
  const first = await lines.next().catch((error: unknown) => refuse(error, 'tampered'));
  if (first.done) throw new PackageRefusedException(first.value.bytes ? 'truncated' : 'format');
  const manifest = await parseManifest(first.value).catch(async (error: unknown) => {
    // A damaged gzip stream can garble the first line before its checksum fails at the end: read on to tell
    // an altered package from something that never was one.
    for (;;) if ((await lines.next().catch((e: unknown) => refuse(e, 'tampered'))).done) throw error;
  });
  const publicKey = trust.isTrusted(manifest.source.keyId);
  if (!publicKey) {
    input.destroy();
    throw new PackageRefusedException('untrusted_key', manifest.source.keyId);
  }

  let settle!: { resolve: (v: PackageVerification) => void; reject: (e: unknown) => void };
  const verified = new Promise<PackageVerification>((resolve, reject) => (settle = { resolve, reject }));
  verified.catch(() => undefined); // also reported through the records iterator; never an unhandled rejection

  async function* records(): AsyncGenerator<PackageRecord> {
    let count = 0;
    let ended = false;
    try {
      for (;;) {
        const next = await lines.next().catch((error: unknown) => refuse(error, 'tampered'));
        if (next.done) throw new PackageRefusedException('truncated');
        const value = parseLine(next.value.text);
        if (isSignatureLine(value)) {
          const end = await lines.next().catch((error: unknown) => refuse(error, 'tampered'));
          if (!end.done) throw new PackageRefusedException('tampered', 'data after the signature');
          settle.resolve(checkSignature(value.signature, next.value.sha256Before, count, manifest.source.keyId, publicKey!));
          ended = true;
          return;
        }
        if (!isRecord(value)) throw new PackageRefusedException('tampered', `line ${count + 2} is not a record`);
        count += 1;
        yield value;
      }
    } catch (error) {
      settle.reject(error);
      throw error;
    } finally {
      if (!ended) {
        input.destroy();
        settle.reject(new PackageRefusedException('truncated', 'not read to the end'));
      }
    }
  }
  return { manifest, records: records(), verified };
}

interface Line {
  text: string;
  /** Digest of every byte before this line. */
  sha256Before: string;
}

/** Splits the uncompressed stream at newlines, keeping a digest of the raw bytes before each line. */
async function* hashedLines(input: Readable): AsyncGenerator<Line, { bytes: number }> {
  const hash = createHash('sha256');
  const gunzip = input.pipe(createGunzip());
  input.once('error', (error) => gunzip.destroy(error));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    total += chunk.length;
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      const bytes = Buffer.concat([...pending, chunk.subarray(start, end)]);
      pending = [];
      pendingBytes = 0;
      const sha256Before = hash.copy().digest('hex');
      hash.update(bytes).update('\n');
      yield { text: bytes.toString('utf8'), sha256Before };
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw new PackageRefusedException('format', 'a line is too long');
    }
  }
  // Every line, the signature's included, ends with a newline: bytes after the last one are a cut line.
  if (pendingBytes) throw new PackageRefusedException('truncated');
  return { bytes: total };
}

/** gzip's own errors say how the file is broken: not gzip at all, cut short, or not what was written. */
function refuse(error: unknown, otherwise: 'format' | 'tampered'): never {
  if (error instanceof PackageRefusedException) throw error;
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') throw new PackageRefusedException('truncated');
  if (/header check|compression method/.test(message)) throw new PackageRefusedException('format', message);
  throw new PackageRefusedException(otherwise, message);
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PackageRefusedException('tampered', 'a line is not JSON');
  }
}

async function parseManifest(line: Line): Promise<PackageManifest> {
  let value: Partial<PackageManifest>;
  try {
    value = JSON.parse(line.text) as Partial<PackageManifest>;
  } catch {
    throw new PackageRefusedException('format');
  }
  const ok =
    value?.format === PACKAGE_FORMAT &&
    typeof value.kind === 'string' &&
    typeof value.packageId === 'string' &&
    typeof value.createdAt === 'string' &&
    typeof value.source?.keyId === 'string' &&
    typeof value.source.installId === 'string';
  if (!ok) throw new PackageRefusedException('format');
  if (value.formatVersion !== PACKAGE_FORMAT_VERSION)
    throw new PackageRefusedException('format', `format version ${String(value.formatVersion)}`);
  return value as PackageManifest;
}

const isRecord = (value: unknown): value is PackageRecord =>
  typeof value === 'object' && value !== null && typeof (value as PackageRecord).type === 'string' && 'data' in value;

const isSignatureLine = (value: unknown): value is { signature: Record<string, unknown> } =>
  typeof value === 'object' && value !== null && typeof (value as { signature?: unknown }).signature === 'object';

function checkSignature(
  signature: Record<string, unknown>,
  sha256: string,
  records: number,
  keyId: string,
  publicKey: Uint8Array,
): PackageVerification {
  if (signature.alg !== SIGNATURE_ALG || signature.keyId !== keyId)
    throw new PackageRefusedException('tampered', 'the signature names another key');
  if (signature.sha256 !== sha256 || signature.records !== records) throw new PackageRefusedException('tampered');
  const value = Buffer.from(typeof signature.value === 'string' ? signature.value : '', 'base64url');
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' });
  if (!verify(null, signedStatement(sha256), key, value)) throw new PackageRefusedException('tampered', 'the signature does not match');
  return { sha256, records, keyId };
}
