import { generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { verificationMethodOf } from '@dari/credentials';
import type { PackageManifestInput, PackageSigner, PackageTrust } from './package-format';
import { type PackageReading, readPackage } from './package-reader';
import { PackageRefusedException } from './package-refused.exception';
import { PackageWriter } from './package-writer';

const signerOf = (): PackageSigner & { publicKey: Uint8Array; verify(bytes: Uint8Array, signature: Uint8Array): boolean } => {
  const keys = generateKeyPairSync('ed25519');
  const publicKey = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return {
    keyId: verificationMethodOf(publicKey),
    publicKey,
    sign: (bytes) => sign(null, bytes, keys.privateKey),
    verify: (bytes, signature) => verify(null, bytes, keys.publicKey, signature),
  };
};
const publisher = signerOf();
const trustOnly = (...signers: { keyId: string; publicKey: Uint8Array }[]): PackageTrust => ({
  isTrusted: (keyId) => signers.find((s) => s.keyId === keyId)?.publicKey,
});
const trust = trustOnly(publisher);

const manifestOf = (signer: PackageSigner, fields: Record<string, unknown> = {}): PackageManifestInput => ({
  kind: 'content',
  packageId: randomUUID(),
  createdAt: new Date().toISOString(),
  source: { installId: randomUUID(), publicUrl: 'http://county.local', keyId: signer.keyId },
  ...fields,
});

/** A whole package in memory: fine for the small ones these specs tamper with byte by byte. */
async function packageBytes(records: { type: string; data: unknown }[], signer = publisher): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  const writer = new PackageWriter(out, manifestOf(signer, { curriculumId: 'mnh' }), signer);
  for (const record of records) await writer.write(record.type, record.data);
  await writer.finish();
  return Buffer.concat(chunks);
}

async function readAll(bytes: Buffer, with_ = trust) {
  const reading = await readPackage(Readable.from([bytes]), with_);
  const records = [];
  for await (const record of reading.records) records.push(record);
  return { manifest: reading.manifest, records, verified: await reading.verified };
}

async function refusal(run: () => Promise<unknown>): Promise<PackageRefusedException> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PackageRefusedException) return error;
    throw error;
  }
  throw new Error('the package was accepted');
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SAMPLE = Array.from({ length: 300 }, (_, i) => ({
  type: i % 2 ? 'lesson' : 'quiz',
  data: { id: `x-${i}`, body: `본문 ${i} — 140~150/90~100 mmHg`.repeat(5) },
}));

describe('package container', () => {
  it('reads back what was written: manifest, records in order, and a checked signature', async () => {
    const bytes = await packageBytes(SAMPLE);
    const { manifest, records, verified } = await readAll(bytes);
    expect(manifest).toMatchObject({
      format: 'dari-package',
      formatVersion: 1,
      kind: 'content',
      curriculumId: 'mnh',
      source: { keyId: publisher.keyId },
    });
    expect(records).toEqual(SAMPLE);
    expect(verified).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), records: 300, keyId: publisher.keyId });
    // The documented layout: JSON lines, the last one the signature over every byte before it.
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    const { signature } = JSON.parse(lines.pop()!);
    expect(signature).toMatchObject({ alg: 'Ed25519', keyId: publisher.keyId, sha256: verified.sha256, records: 300 });
    const statement = new TextEncoder().encode(`dari-package/1 ${signature.sha256}`);
    expect(publisher.verify(statement, Buffer.from(signature.value, 'base64url'))).toBe(true);
  });

  it('refuses a byte flipped in the file as tampered', async () => {
    const bytes = await packageBytes(SAMPLE);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0x01;
    expect((await refusal(() => readAll(flipped))).reason).toBe('tampered');
  });

  it('refuses a record altered and compressed again as tampered, after yielding it', async () => {
    const text = gunzipSync(await packageBytes(SAMPLE))
      .toString('utf8')
      .replace('본문 7 ', '본문 8 ');
    const reading = await readPackage(Readable.from([gzipSync(Buffer.from(text))]), trust);
    const seen: unknown[] = [];
    const error = await refusal(async () => {
      for await (const record of reading.records) seen.push(record);
    });
    expect(error.reason).toBe('tampered');
    expect(seen).toHaveLength(300);
    await expect(reading.verified).rejects.toBe(error);
  });

  it('refuses a cut file as truncated, wherever it is cut', async () => {
    const bytes = await packageBytes(SAMPLE);
    for (const length of [10, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 1]) {
      const error = await refusal(() => readAll(bytes.subarray(0, length)));
      expect([length, error.reason]).toEqual([length, 'truncated']);
    }
    // Whole lines dropped and compressed again: no signature line at the end.
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    const cut = gzipSync(Buffer.from(`${lines.slice(0, 100).join('\n')}\n`));
    expect((await refusal(() => readAll(cut))).reason).toBe('truncated');
  });

  it('refuses a package signed by an unknown key before reading any record', async () => {
    const stranger = signerOf();
    const signed = await packageBytes(SAMPLE, stranger);
    const untrusted = await refusal(() => readAll(signed));
    expect(untrusted).toMatchObject({ reason: 'untrusted_key', extensions: { code: 'PACKAGE_REFUSED', detail: stranger.keyId } });
    expect(untrusted.extensions.messageKo).toContain('신뢰하지 않는');
    expect(untrusted.extensions.messageEn).toContain('does not trust');
  });

  it('refuses a signature by a trusted key that names another key than the manifest', async () => {
    const other = signerOf();
    const text = gunzipSync(await packageBytes(SAMPLE.slice(0, 3), other)).toString('utf8');
    const manifestLine = text.slice(0, text.indexOf('\n'));
    const swapped = text.replace(manifestLine, manifestLine.split(other.keyId).join(publisher.keyId));
    expect((await refusal(() => readAll(gzipSync(Buffer.from(swapped)), trustOnly(publisher, other)))).reason).toBe('tampered');
  });

  it.each([
    ['not gzip', Buffer.from('hello, this is not a package\n')],
    ['gzip of text', gzipSync(Buffer.from('hello\n'))],
    ['gzip of other JSON', gzipSync(Buffer.from('{"format":"zip"}\n'))],
    [
      'a later format version',
      gzipSync(Buffer.from(`${JSON.stringify({ ...manifestOf(publisher), format: 'dari-package', formatVersion: 2 })}\n`)),
    ],
    ['an empty gzip stream', gzipSync(Buffer.alloc(0))],
  ])('refuses %s as not a package', async (_name, bytes) => {
    const error = await refusal(() => readAll(bytes));
    expect(error.reason).toBe('format');
    expect(error.extensions.messageEn).toContain('not a Dari package');
  });

  it('streams: records arrive before the file has ended, and the signature is checked at its end', async () => {
    const bytes = await packageBytes(SAMPLE);
    const input = new PassThrough();
    const half = Math.floor(bytes.length / 2);
    input.write(bytes.subarray(0, half));
    const reading = await readPackage(input, trust);
    const iterator = reading.records[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(SAMPLE[0]);
    let verified = false;
    void reading.verified.then(() => (verified = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.writableEnded).toBe(false);
    expect(verified).toBe(false);
    input.end(bytes.subarray(half));
    let count = 1;
    while (!(await iterator.next()).done) count += 1;
    expect(count).toBe(SAMPLE.length);
    await expect(reading.verified).resolves.toMatchObject({ records: SAMPLE.length });
  });

  it('writes and reads a large package in memory far smaller than the package', async () => {
    const pipe = new PassThrough({ highWaterMark: 64 * 1024 });
    const writer = new PackageWriter(pipe, manifestOf(publisher), publisher);
    const RECORDS = 60_000;
    const filler = 'x'.repeat(900);
    let uncompressed = 0;
    let peak = 0;
    // Memory still held (after a collection), not garbage waiting for one.
    const sample = () => (gc(), (peak = Math.max(peak, process.memoryUsage().heapUsed)));
    gc();
    const before = process.memoryUsage().heapUsed;
    const writing = (async () => {
      for (let i = 0; i < RECORDS; i += 1) {
        const data = { id: i, text: `${i}${filler}${randomUUID()}` };
        uncompressed += JSON.stringify(data).length;
        await writer.write('row', data);
        if (i % 5000 === 0) sample();
      }
      return writer.finish();
    })();
    const reading: PackageReading = await readPackage(pipe, trust);
    let read = 0;
    for await (const record of reading.records) {
      read += 1;
      if (read % 5000 === 0) sample();
      expect((record.data as { id: number }).id).toBe(read - 1);
    }
    const [written, verified] = await Promise.all([writing, reading.verified]);
    expect(verified).toEqual({ sha256: written.sha256, records: RECORDS, keyId: publisher.keyId });
    expect(uncompressed).toBeGreaterThan(50_000_000);
    expect(peak - before).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);
});
