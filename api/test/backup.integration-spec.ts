import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, cliScript, gqlAt, loginAt, runNode, startServer, tempDir } from './support/server-process';

const EXPIRING = `{ expiringLicences(days: 90, first: 1) { items { licence { id } worker { id } } } }`;
const RENEW = `mutation ($id: UUID!, $reason: String) { renewLicence(id: $id, reason: $reason) { id } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { kind shortCode credential } } }`;
const VERIFY = `query ($credential: String!) { verifyCertificate(credential: $credential) { valid reason shortCode } }`;
const KEY = join('keys', 'certificate-keys.json');

// Embedded install: issue a certificate on a real server, back up, restore into a fresh data folder, verify there.
describe('backup and restore (embedded database)', () => {
  const original = tempDir('backup-from');
  const restored = tempDir('backup-to');
  const archive = join(tempDir('backup-archive'), 'dari.tar');
  let certificate: { shortCode: string; credential: string };

  beforeAll(async () => {
    const server = await startServer(childEnv(original, { DARI_DEMO: 'true' }));
    try {
      const token = await loginAt(server.url, 'registrar', 'dari-demo');
      const expiring = await gqlAt<{ expiringLicences: { items: { licence: { id: string }; worker: { id: string } }[] } }>(
        server.url,
        EXPIRING,
        {},
        token,
      );
      const [{ licence, worker }] = expiring.data!.expiringLicences.items;
      expect((await gqlAt(server.url, RENEW, { id: licence.id, reason: '백업 시험 갱신' }, token)).errors).toBeUndefined();
      const certificates = await gqlAt<{ worker: { certificates: { kind: string; shortCode: string; credential: string }[] } }>(
        server.url,
        CERTIFICATES,
        { id: worker.id },
        token,
      );
      certificate = certificates.data!.worker.certificates.find((c) => c.kind === 'licence_renewal')!;
      expect(certificate).toBeDefined();
      // While the server runs, the backup refuses: it needs the embedded database to itself.
      const busy = await runNode(cliScript('backup'), ['--out', archive], childEnv(original));
      expect(busy.code).toBe(75);
    } finally {
      await server.stop();
    }
  }, 240_000);

  it('writes one archive with the database and the keys, and restores it into an empty folder', async () => {
    const backup = await runNode(cliScript('backup'), ['--out', archive], childEnv(original));
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`backup written to ${archive}`) });
    expect(backup.output).toContain('keys/certificate-keys.json');

    const restore = await runNode(cliScript('restore'), [archive], childEnv(restored));
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining(`into ${restored}`) });
    expect(readFileSync(join(restored, KEY), 'utf8')).toBe(readFileSync(join(original, KEY), 'utf8'));
  }, 240_000);

  it('the restored install verifies the certificate issued before, by credential and by short code', async () => {
    const server = await startServer(childEnv(restored, { NODE_ENV: 'production' }));
    try {
      for (const credential of [certificate.credential, certificate.shortCode]) {
        const result = await gqlAt<{ verifyCertificate: { valid: boolean; shortCode: string } }>(server.url, VERIFY, { credential });
        expect(result.data!.verifyCertificate).toMatchObject({ valid: true, shortCode: certificate.shortCode });
      }
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('refuses to overwrite a folder that holds data unless --force, and checks the archive first', async () => {
    const again = await runNode(cliScript('restore'), [archive], childEnv(restored));
    expect(again).toMatchObject({ code: 1, output: expect.stringContaining('the target already holds a database and keys in') });

    const damaged = join(tempDir('backup-damaged'), 'damaged.tar');
    const bytes = readFileSync(archive);
    bytes[bytes.length >> 1] ^= 0xff; // one flipped byte inside the database dump
    writeFileSync(damaged, bytes);
    const refused = await runNode(cliScript('restore'), [damaged, '--force'], childEnv(restored));
    expect(refused).toMatchObject({ code: 1, output: expect.stringMatching(/damaged \(checksum differs\)|not a readable backup archive/) });

    const forced = await runNode(cliScript('restore'), [archive, '--force'], childEnv(restored));
    expect(forced.code).toBe(0);
  }, 240_000);
});
