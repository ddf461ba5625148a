import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageManifestInput,
  type PackageSignature,
  type PackageSigner,
  SIGNATURE_ALG,
  signedStatement,
} from './package-format';

/**
 * Writes a package as it goes: the manifest, then each record as it is given (waiting while `out` is slow),
 * then the signature. Nothing is held but the running digest, so a package of any size streams in constant memory.
 */
export class PackageWriter {
  private readonly gzip: Gzip = createGzip();
  private readonly hash: Hash = createHash('sha256');
  private readonly done: Promise<void>;
  private failure: unknown;
  private records = 0;
  private finished = false;

  constructor(
    out: Writable,
    manifest: PackageManifestInput,
    private readonly signer: PackageSigner,
  ) {
    if (manifest.source.keyId !== signer.keyId)
      throw new Error(`the manifest names key ${manifest.source.keyId} but the signer is ${signer.keyId}`);
    this.done = pipeline(this.gzip, out);
    this.done.catch((error: unknown) => (this.failure = error));
    // The format first, as a reader looks for it, whatever the caller's manifest said.
    const format = { format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION };
    this.line(Object.assign({ ...format }, manifest, format));
  }

  /** Adds one record; resolves once the stream can take more. */
  async write(type: string, data: unknown): Promise<void> {
    if (this.finished) throw new Error('the package is already finished');
    this.records += 1;
    if (!this.line({ type, data })) await this.drained();
  }

  /** Signs what was written and ends the stream; resolves once `out` has it all. */
  async finish(): Promise<{ sha256: string; records: number }> {
    if (this.finished) throw new Error('the package is already finished');
    this.finished = true;
    const sha256 = this.hash.digest('hex');
    const signature: PackageSignature = {
      alg: SIGNATURE_ALG,
      keyId: this.signer.keyId,
      sha256,
      records: this.records,
      value: Buffer.from(this.signer.sign(signedStatement(sha256))).toString('base64url'),
    };
    this.gzip.end(`${JSON.stringify({ signature })}\n`);
    await this.done;
    return { sha256, records: this.records };
  }

  private line(value: unknown): boolean {
    if (this.failure) throw this.failure;
    const bytes = Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
    this.hash.update(bytes);
    return this.gzip.write(bytes);
  }

  private async drained(): Promise<void> {
    // `once` rejects on 'error'; a failing `out` destroys the gzip stream through the pipeline.
    await Promise.race([once(this.gzip, 'drain'), this.done.then(() => undefined)]);
    if (this.failure) throw this.failure;
  }
}
