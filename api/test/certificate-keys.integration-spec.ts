import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCredential, encodeForQr, importKeyPair, type SignedCredential, trustedKeys, verifyStatusList } from '@dari/credentials';
import { issueCredential } from '@dari/credentials/linked-data';
import { CertificateKeyService } from '../src/licensing/certificates/certificate-key.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { completeTestCurriculum } from './support/learning';
import { childEnv, cliScript, runNode, tempDir } from './support/server-process';
import { startTestApp, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker } from './support/workforce';

const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id credential } } }`;
const VERIFY = `query ($credential: String!) { verifyCertificate(credential: $credential) { valid reason } }`;

interface PublishedKey {
  id: number;
  status: string;
  publicKeyMultibase: string;
  verificationMethod: string;
  compromisedSince: string | null;
  statusListCredential: string;
}

// Its own data folder: rotating and compromising keys must not reach the other specs' app.
describe(`certificate key rotation (${process.env.DARI_TEST_DATABASE})`, () => {
  const dataDir = tempDir('keys');
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    app = await startTestApp({ dataDir });
    registrar = (await app.newUser(Role.registrar)).token;
    facilityId = (await firstFacilityIn(app)).id;
  });
  afterAll(() => app.close());

  const certify = async (): Promise<SignedCredential> => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    await completeTestCurriculum(app, trainee.token);
    const { data } = await app.gql<{ worker: { certificates: { credential: string }[] } }>(
      CERTIFICATES,
      { id: workerId },
      { token: registrar },
    );
    return JSON.parse(data!.worker.certificates[0].credential) as SignedCredential;
  };
  const verify = async (credential: SignedCredential) =>
    (await app.gql<{ verifyCertificate: { valid: boolean; reason: string } }>(VERIFY, { credential: encodeForQr(credential) })).data!
      .verifyCertificate;
  const published = async () =>
    (await (await fetch(`${app.url}/.well-known/dari-certificate-key`)).json()) as { publicKeyMultibase: string; keys: PublishedKey[] };
  const audit = () => app.db.query(`SELECT action, entity_id FROM audit_event WHERE entity_type = 'certificate_key' ORDER BY at`);
  const methodOf = (credential: SignedCredential) => (credential.proof as { verificationMethod: string }[])[0].verificationMethod;
  const statusList = (key: PublishedKey) => fetch(`${app.url}${new URL(key.statusListCredential).pathname}`);
  const ring = () =>
    JSON.parse(readFileSync(join(dataDir, 'keys', 'certificate-keys.json'), 'utf8')) as {
      keys: { id: number; publicKeyMultibase: string; secretKeyMultibase: string }[];
    };

  it('signs new certificates with the new key after a rotation; the old key stays published and verifying', async () => {
    expect(statSync(join(dataDir, 'keys', 'certificate-keys.json')).mode & 0o777).toBe(0o600);
    expect((await published()).keys).toEqual([expect.objectContaining({ id: 1, status: 'current', compromisedSince: null })]);
    const before = await certify();

    const keys = app.nest.get(CertificateKeyService);
    await keys.rotate(null, { rotate: true });
    const after = await published();
    expect(after.keys.map((key) => [key.id, key.status])).toEqual([
      [1, 'retired'],
      [2, 'current'],
    ]);
    expect(after.publicKeyMultibase).toBe(after.keys[1].publicKeyMultibase);
    expect(await audit()).toEqual([{ action: 'certificate_key.rotated', entity_id: '2' }]);

    const next = await certify();
    expect(methodOf(next)).toBe(after.keys[1].verificationMethod);
    expect(next.issuer.id).toBe(after.keys[1].verificationMethod.split('#')[0]);
    expect((next.credentialStatus as { statusListCredential: string }).statusListCredential).toBe(after.keys[1].statusListCredential);
    expect(methodOf(before)).toBe(after.keys[0].verificationMethod);
    expect(await verify(before)).toMatchObject({ valid: true });
    expect(await verify(next)).toMatchObject({ valid: true });

    // Each key signs its own status list (the certificates it signed name it), with the same bits.
    for (const key of after.keys) {
      const result = verifyStatusList(await (await statusList(key)).json(), { keys: trustedKeys([key.publicKeyMultibase]) });
      expect(result).toMatchObject({ valid: true, verificationMethod: key.verificationMethod });
    }
    expect((await fetch(`${app.url}/certificates/status/9`)).status).toBe(404);
  });

  it('refuses what a compromised key signed from the marked time, and forgeries of it, but not what it signed before', async () => {
    const keys = app.nest.get(CertificateKeyService);
    const before = await certify();
    const since = new Date(Date.now() + 1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const current = (await published()).keys.find((key) => key.status === 'current')!;
    await keys.rotate(null, { rotate: false, compromised: { key: current.publicKeyMultibase, since } });
    const after = await published();
    expect(after.keys.map((key) => [key.id, key.status])).toEqual([
      [1, 'retired'],
      [2, 'compromised'],
      [3, 'current'],
    ]);
    expect(after.keys[1].compromisedSince).toBe(since.toISOString());
    // The second rotation and the mark are one transaction: the same time.
    expect((await audit()).map((event: { action: string }) => event.action).sort()).toEqual([
      'certificate_key.compromised',
      'certificate_key.rotated',
      'certificate_key.rotated',
    ]);

    expect(await verify(before)).toMatchObject({ valid: true });
    const stolen = importKeyPair(ring().keys.find((key) => key.id === 2)!);
    const forge = (created: string) =>
      issueCredential(
        buildCredential({
          id: '6a1b4c3d-2e5f-4a7b-8c9d-0e1f2a3b4c5d',
          issuer: before.issuer,
          validFrom: '2026-01-01T00:00:00Z',
          holder: { name: '박영철' },
          status: { listCredential: current.statusListCredential, index: 999 },
          achievement: {
            id: 'https://example.org/a',
            type: 'CertificateOfCompletion',
            name: '위조',
            description: 'forged',
            criteria: '없음',
          },
        }),
        { privateKey: stolen.privateKey, created },
      );
    expect(await verify(await forge(new Date().toISOString()))).toMatchObject({ valid: false, reason: 'compromised_key' });
    // Backdated before the mark: the server knows it never issued it.
    expect(await verify(await forge('2026-01-01T00:00:00Z'))).toMatchObject({ valid: false, reason: 'compromised_key' });
    expect(await verify(await certify())).toMatchObject({ valid: true });

    const refused = await statusList(after.keys[1]);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toMatchObject({ code: 'KEY_COMPROMISED' });
    await expect(keys.rotate(null, { rotate: false, compromised: { key: '2', since } })).rejects.toMatchObject({
      extensions: { code: 'KEY_COMPROMISED' },
    });
    await expect(keys.rotate(null, { rotate: false, compromised: { key: 'z6MkNoSuchKey', since } })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(ring().keys).toHaveLength(3);

    // Two rotations at once: the ring's lock lets one through, the other is refused and changes nothing.
    const both = await Promise.allSettled([keys.rotate(null, { rotate: true }), keys.rotate(null, { rotate: true })]);
    expect(both.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(String((both.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason)).toContain(
      'another rotation is running',
    );
    expect(ring().keys).toHaveLength(4);
    expect((await audit()).filter((event: { action: string }) => event.action === 'certificate_key.rotated')).toHaveLength(3);
  });

  it('npm run keys:rotate rotates and marks keys on a data folder, and refuses bad arguments', async () => {
    const folder = tempDir('keys-cli');
    const rotated = await runNode(cliScript('keys-rotate'), [], childEnv(folder));
    expect(rotated).toMatchObject({ code: 0, output: expect.stringMatching(/^1\tretired\tz6Mk.*\n2\tcurrent\tz6Mk/m) });
    const marked = await runNode(cliScript('keys-rotate'), ['--compromised', '1', '--since', '2026-01-01T00:00:00Z'], childEnv(folder));
    expect(marked).toMatchObject({
      code: 0,
      output: expect.stringMatching(/^1\tcompromised\t.*compromised since 2026-01-01T00:00:00.000Z/m),
    });
    const bad = await runNode(cliScript('keys-rotate'), ['--compromised', '2', '--since', 'yesterday'], childEnv(folder));
    expect(bad).toMatchObject({ code: 1, output: expect.stringContaining('--since must be an ISO date-time') });
    expect(JSON.parse(readFileSync(join(folder, 'keys', 'certificate-keys.json'), 'utf8')).keys).toHaveLength(2);
  }, 180_000);
});
