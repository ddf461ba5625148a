import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BitstringStatusListEntry,
  buildCredential,
  encodeForQr,
  generateKeyPair,
  type SignedCredential,
  signCredential,
  trustedKeys,
  verifyRevocationList,
  verifyStatusList,
} from '@dari/credentials';
import { CertificateStatusService } from '../src/licensing/certificates/certificate-status.service';
import { CertificatesService } from '../src/licensing/certificates/certificates.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { verifyElsewhere } from './support/independent-verifier';
import { codeOf, type TestApp } from './support/test-app';
import { completeTestCurriculum } from './support/learning';
import { registerWorker, startRegistrarApp } from './support/workforce';

const ISSUE_LICENCE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id } }`;
const RENEW = `mutation ($id: UUID!, $reason: String) { renewLicence(id: $id, reason: $reason) { id expiresOn } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id kind title curriculumId licenceId shortCode credential statusListIndex revokedAt pdfPath } } }`;
const MY_CERTIFICATES = `{ myWorker { certificates { id kind shortCode credential } } }`;
const VERIFY = `query ($credential: String!) { verifyCertificate(credential: $credential) { valid reason holderName title issuedOn validUntil shortCode } }`;
const ISSUE = `mutation ($workerId: UUID!, $curriculumId: ID!) { issueCurriculumCertificate(workerId: $workerId, curriculumId: $curriculumId) { id kind } }`;
const REVOKE = `mutation ($id: UUID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id revokedAt revokedReason } }`;

interface CertificateRow {
  id: string;
  kind: string;
  title: string;
  curriculumId: string | null;
  licenceId: string | null;
  shortCode: string;
  credential: string;
  statusListIndex: number;
  revokedAt: string | null;
  pdfPath: string;
}

describe(`certificates (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  /** A midwife with a trainee account who has completed the (one-course) test curriculum through the API. */
  const graduate = async () => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    await completeTestCurriculum(app, trainee.token);
    return { trainee, workerId };
  };
  const certificatesOf = async (workerId: string, token = registrar) =>
    (await app.gql<{ worker: { certificates: CertificateRow[] } }>(CERTIFICATES, { id: workerId }, { token })).data!.worker.certificates;
  const verify = async (credential: string) =>
    (await app.gql<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { credential })).data!.verifyCertificate;
  const audit = (entityId: string) =>
    app.db.query(`SELECT action, actor_id, reason FROM audit_event WHERE entity_id = $1 ORDER BY at`, [entityId]);

  it('issues a completion certificate as the curriculum is completed, once, and it verifies without signing in', async () => {
    const { trainee, workerId } = await graduate();
    const own = await app.gql<{ myWorker: { certificates: CertificateRow[] } }>(MY_CERTIFICATES, {}, { token: trainee.token });
    expect(own.data!.myWorker.certificates).toEqual([expect.objectContaining({ kind: 'curriculum' })]);
    const [certificate] = await certificatesOf(workerId);
    expect(certificate).toMatchObject({
      kind: 'curriculum',
      curriculumId: 'test-curriculum',
      licenceId: null,
      revokedAt: null,
      pdfPath: `/certificates/${certificate.id}.pdf`,
    });
    expect(certificate.shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(await certificatesOf(workerId)).toHaveLength(1);
    expect(await audit(certificate.id)).toEqual([{ action: 'certificate.issued', actor_id: null, reason: null }]);

    const credential = JSON.parse(certificate.credential) as SignedCredential;
    expect(credential).toMatchObject({
      id: `urn:uuid:${certificate.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      proof: [{ cryptosuite: 'eddsa-rdfc-2022' }, { cryptosuite: 'eddsa-jcs-2022' }],
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(certificate.statusListIndex),
        statusListCredential: expect.stringMatching(/\/certificates\/status\/\d+$/),
      },
    });
    const expected = {
      valid: true,
      reason: 'ok',
      holderName: '김순희',
      title: certificate.title,
      shortCode: certificate.shortCode,
      validUntil: null,
    };
    expect(await verify(encodeForQr(credential))).toMatchObject(expected);
    expect(await verify(certificate.credential)).toMatchObject(expected);
    expect(await verify(certificate.shortCode.toLowerCase().replace(/-/g, ' '))).toMatchObject(expected);
  });

  it('reports a tampered credential, one signed by another key, garbage and an unknown short code, each as such', async () => {
    const { workerId } = await graduate();
    const [certificate] = await certificatesOf(workerId);
    const credential = JSON.parse(certificate.credential) as SignedCredential;
    const tampered = structuredClone(credential);
    tampered.credentialSubject.identifier[0].identityHash = '박영철';
    expect(await verify(encodeForQr(tampered))).toMatchObject({ valid: false, reason: 'bad_signature', holderName: null });

    const other = generateKeyPair();
    const forged = signCredential(
      buildCredential({
        id: randomUUID(),
        issuer: credential.issuer,
        validFrom: new Date(),
        holder: { name: '박영철' },
        status: { listCredential: 'https://dari.example/certificates/status/1', index: 1 },
        achievement: {
          id: 'https://example.org/a',
          type: 'CertificateOfCompletion',
          name: '위조',
          description: 'forged',
          criteria: '없음',
        },
      }),
      { privateKey: other.privateKey },
    );
    expect(await verify(encodeForQr(forged))).toMatchObject({ valid: false, reason: 'unknown_key' });
    expect(await verify('DARI1:NOT-A-CREDENTIAL')).toMatchObject({ valid: false, reason: 'malformed' });
    expect(await verify('{"hello": 1}')).toMatchObject({ valid: false, reason: 'malformed' });
    expect(await verify('ZZZZ-ZZZZ-ZZ')).toMatchObject({ valid: false, reason: 'unknown_code' });
  });

  it('revokes with a reason (audited), lists the revocation signed with the served key, and never re-issues it by itself', async () => {
    const since = new Date(Date.now() - 1000);
    const { workerId } = await graduate();
    const [certificate] = await certificatesOf(workerId);
    expect(codeOf(await app.gql(REVOKE, { id: certificate.id, reason: ' ' }, { token: registrar }))).toBe('BAD_USER_INPUT');
    const revoked = await app.gql<{ revokeCertificate: { revokedReason: string } }>(
      REVOKE,
      { id: certificate.id, reason: '수료기록 오류' },
      { token: registrar },
    );
    expect(revoked.data!.revokeCertificate.revokedReason).toBe('수료기록 오류');
    expect(codeOf(await app.gql(REVOKE, { id: certificate.id, reason: '다시' }, { token: registrar }))).toBe('ALREADY_REVOKED');
    expect(codeOf(await app.gql(REVOKE, { id: randomUUID(), reason: '없음' }, { token: registrar }))).toBe('NOT_FOUND');
    expect((await audit(certificate.id)).map((a: { action: string; reason: string }) => [a.action, a.reason])).toEqual([
      ['certificate.issued', null],
      ['certificate.revoked', '수료기록 오류'],
    ]);
    expect(await verify(certificate.credential)).toMatchObject({ valid: false, reason: 'revoked' });

    const key = (await (await fetch(`${app.url}/.well-known/dari-certificate-key`)).json()) as { publicKeyMultibase: string };
    const list = (await (await fetch(`${app.url}/certificates/revocations.json`)).json()) as Record<string, unknown>;
    const checked = verifyRevocationList(list, { keys: trustedKeys([key.publicKeyMultibase]) });
    expect(checked.valid && checked.revoked.has(`urn:uuid:${certificate.id}`)).toBe(true);
    const forged = { ...list, revoked: [] };
    expect(verifyRevocationList(forged, { keys: trustedKeys([key.publicKeyMultibase]) }).valid).toBe(false);

    // The W3C status list the credential names, checked by us and by an independent VC 2.0 verifier.
    const { workerId: otherId } = await graduate();
    const [valid] = await certificatesOf(otherId);
    const { statusListCredential } = JSON.parse(certificate.credential).credentialStatus as BitstringStatusListEntry;
    const statusList = await (await fetch(`${app.url}${new URL(statusListCredential).pathname}`)).json();
    const checkedList = verifyStatusList(statusList, { keys: trustedKeys([key.publicKeyMultibase]) });
    expect(checkedList.valid && [certificate.statusListIndex, valid.statusListIndex].map(checkedList.isRevoked)).toEqual([true, false]);
    const tampered = JSON.parse(valid.credential);
    tampered.credentialSubject.creditsEarned += 1;
    const elsewhere = verifyElsewhere([JSON.parse(certificate.credential), JSON.parse(valid.credential), tampered], {
      [statusListCredential]: statusList,
    });
    expect(elsewhere.map((r) => [r.verified, r.revoked])).toEqual([
      [true, true],
      [true, false],
      [false, null],
    ]);

    // What a records package carries: the certificates issued or revoked since a time, with their status.
    const changes = await app.nest.get(CertificateStatusService).changesSince(since);
    expect(changes.find((change) => change.id === certificate.id)).toMatchObject({
      statusListIndex: certificate.statusListIndex,
      revokedReason: '수료기록 오류',
      credential: certificate.credential,
    });
    expect(changes.find((change) => change.id === valid.id)).toMatchObject({ revokedAt: null });
    expect(await app.nest.get(CertificateStatusService).changesSince(new Date(Date.now() + 60_000))).toEqual([]);

    // The catch-up does not bring a revoked certificate back; a registrar may issue a new one on purpose.
    await app.nest.get(CertificatesService).issueDue();
    expect((await certificatesOf(workerId)).map((c) => c.revokedAt === null)).toEqual([false]);
    const issued = await app.gql<{ issueCurriculumCertificate: { id: string; kind: string } }>(
      ISSUE,
      { workerId, curriculumId: 'test-curriculum' },
      { token: registrar },
    );
    expect(issued.data!.issueCurriculumCertificate.kind).toBe('curriculum');
    expect(codeOf(await app.gql(ISSUE, { workerId, curriculumId: 'test-curriculum' }, { token: registrar }))).toBe('ALREADY_ISSUED');
    expect(codeOf(await app.gql(ISSUE, { workerId, curriculumId: 'no-such-curriculum' }, { token: registrar }))).toBe('NOT_FOUND');
  });

  it('refuses a completion certificate for a curriculum not completed', async () => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, name: '리명심', userId: trainee.id });
    const refused = await app.gql(ISSUE, { workerId, curriculumId: 'test-curriculum' }, { token: registrar });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'NOT_COMPLETED',
      messageKo: expect.any(String),
      messageEn: expect.any(String),
    });
    expect(await certificatesOf(workerId)).toEqual([]);
  });

  it('signs a renewal certificate in the renewal’s transaction, valid until the new expiry', async () => {
    const { workerId } = await graduate();
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn: '2022-03-01' };
    const licenceId = (await app.gql<{ issueLicence: { id: string } }>(ISSUE_LICENCE, { workerId, input }, { token: registrar })).data!
      .issueLicence.id;
    const renewed = await app.gql<{ renewLicence: { expiresOn: string } }>(
      RENEW,
      { id: licenceId, reason: '도 보건국 결정으로 예외 갱신' },
      { token: registrar },
    );
    const expiresOn = renewed.data!.renewLicence.expiresOn;
    const renewal = (await certificatesOf(workerId)).find((c) => c.kind === 'licence_renewal')!;
    expect(renewal).toMatchObject({ licenceId, curriculumId: null });
    expect(await verify(renewal.credential)).toMatchObject({ valid: true, validUntil: expiresOn });
    expect(JSON.parse(renewal.credential).credentialSubject.licenseNumber).toBe(input.number);
  });

  it('serves the printable certificate with its short code to its holder and the region’s registrars only', async () => {
    const { trainee, workerId } = await graduate();
    const [certificate] = await certificatesOf(workerId);
    const get = (token?: string) =>
      fetch(`${app.url}${certificate.pdfPath}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const res = await get(trainee.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'dari-certificate-')), 'certificate.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain(certificate.shortCode);
    expect(text).toContain('김순희');
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/image/);

    expect((await get(registrar)).status).toBe(200);
    expect((await get()).status).toBe(401);
    expect((await get((await app.newUser(Role.trainee)).token)).status).toBe(403);
    expect((await get((await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token)).status).toBe(403);
    expect((await fetch(`${app.url}/certificates/${randomUUID()}.pdf`, { headers: { authorization: `Bearer ${registrar}` } })).status).toBe(
      404,
    );
  });

  it('lets only registrars of the worker’s region (and admins) issue and revoke', async () => {
    const { trainee, workerId } = await graduate();
    const [certificate] = await certificatesOf(workerId);
    const others = [
      trainee.token,
      ...(await Promise.all([Role.trainee, Role.author, Role.reviewer].map(async (role) => (await app.newUser(role)).token))),
      (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token,
    ];
    for (const token of others) {
      expect(codeOf(await app.gql(REVOKE, { id: certificate.id, reason: '사유' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(ISSUE, { workerId, curriculumId: 'test-curriculum' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(CERTIFICATES, { id: workerId }, { token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(REVOKE, { id: certificate.id, reason: '사유' }))).toBe('UNAUTHENTICATED');
    expect((await certificatesOf(workerId))[0].revokedAt).toBeNull();
    const admin = (await app.newUser(Role.admin)).token;
    expect((await app.gql(REVOKE, { id: certificate.id, reason: '관리자 취소' }, { token: admin })).errors).toBeUndefined();
  });
});
