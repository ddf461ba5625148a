import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CertificateKeyService } from '../src/licensing/certificates/certificate-key.service';
import type { PackageManifestInput } from '../src/packages/container/package-format';
import { PackageKeysService } from '../src/packages/container/package-keys.service';
import { PackageWriter } from '../src/packages/container/package-writer';
import { RecordsImporter } from '../src/packages/records/records-importer.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { separateDatabase } from './support/databases';
import { completeTestCurriculum } from './support/learning';
import { exportRecords, importRecords, manifestOf, packageLines, repack } from './support/records-packages';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { registerWorker } from './support/workforce';

const CONTENT = join(__dirname, '..', '..', 'content');
/** A ri no other spec uses (with a clinic in the seed): exports scoped to it carry this spec's records only. */
const REGION = 'KP-02-PYONGWON-SOKAM';
const FACILITY = 'F-KP-02-PYONGWON-SOKAM-CLINIC';
const facilityOf = async (app: TestApp): Promise<string> =>
  (await app.db.query(`SELECT id FROM facility WHERE code = $1`, [FACILITY]))[0].id;

const ISSUE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id } }`;
const ADD_CREDIT = `mutation ($workerId: UUID!, $input: CreditEntryInput!) { addCreditEntry(workerId: $workerId, input: $input) { id } }`;
const SUSPEND = `mutation ($id: UUID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { status } }`;
const REVOKE_LICENCE = `mutation ($id: UUID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { status } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id credential shortCode } } }`;
const REVOKE = `mutation ($id: UUID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id } }`;
const VERIFY = `query ($credential: String!) { verifyCertificate(credential: $credential) { valid reason } }`;
const CONFLICTS = `query ($open: Boolean) { recordsConflicts(open: $open) { id recordType recordId registrationNumber differences { field local incoming } settledAt resolution } }`;
const SETTLE = `mutation ($id: UUID!, $keep: RecordsConflictChoice!) { settleRecordsConflict(id: $id, keep: $keep, reason: "도에서 확인") { id settledAt resolution } }`;
const PACKAGES = `{ recordsPackages { packageId outcomes { recordType added } } }`;

describe(`records packages between two servers (${process.env.DARI_TEST_DATABASE})`, () => {
  /** A: a county server on the suite's database; B: a provincial server on the second one, trusting A's key. */
  let a: TestApp;
  let b: TestApp;
  let registrarA: string;
  let adminA: string;
  let adminB: string;
  let registrarB: string;
  let facilityId: string;

  beforeAll(async () => {
    a = await startTestApp();
    const keyA = a.nest.get(CertificateKeyService).publicKeyMultibase;
    b = await startTestApp({
      ...separateDatabase(),
      contentDir: CONTENT,
      dataDir: mkdtempSync(join(tmpdir(), 'dari-records-b-')),
      trustedPublishers: [keyA],
    });
    registrarA = (await a.newUser(Role.registrar, { regionCode: REGION })).token;
    adminA = (await a.newUser(Role.admin)).token;
    adminB = (await b.newUser(Role.admin)).token;
    registrarB = (await b.newUser(Role.registrar, { regionCode: REGION })).token;
    facilityId = await facilityOf(a);
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** A worker on A with a licence and one manual ledger line. */
  const newWorker = async () => {
    const workerId = await registerWorker(a, registrarA, { facilityId });
    const issued = await a.gql<{ issueLicence: { id: string } }>(
      ISSUE,
      { workerId, input: { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}` } },
      { token: registrarA },
    );
    await credit(workerId, 2);
    return { workerId, licenceId: issued.data!.issueLicence.id };
  };
  const credit = (workerId: string, hours: number) =>
    a.gql(
      ADD_CREDIT,
      { workerId, input: { hours, topic: 'maternal', earnedOn: new Date().toISOString().slice(0, 10), note: '군 강습' } },
      { token: registrarA },
    );
  const packageOf = async (since?: string) => {
    const answer = await exportRecords(a, registrarA, since);
    expect(answer.status).toBe(200);
    return answer.bytes;
  };
  const apply = async (bytes: Buffer, token = adminB) => {
    const answer = await importRecords(b, token, bytes);
    expect(answer).toMatchObject({ status: 201 });
    return answer.body;
  };
  /** A package signed with A's key as A's exporter would, holding what the test says (a new package id). */
  const signedByA = async (manifest: Record<string, unknown>, records: { type: string; data: unknown }[]) => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const keys = a.nest.get(PackageKeysService);
    const writer = new PackageWriter(out, { ...(manifest as unknown as PackageManifestInput), packageId: randomUUID() }, keys.signer());
    for (const record of records) await writer.write(record.type, record.data);
    await writer.finish();
    return Buffer.concat(chunks);
  };
  /** What server B holds of these workers: the figures a registrar reads. */
  const totals = async (app: TestApp, workerIds: string[]) =>
    (
      await app.db.query(
        `SELECT (SELECT count(*)::int FROM worker WHERE id = ANY($1)) AS workers,
                (SELECT string_agg(status || ':' || coalesce(status_reason, ''), ',' ORDER BY number) FROM licence WHERE worker_id = ANY($1)) AS licences,
                (SELECT coalesce(sum(hours), 0)::float FROM credit_entry WHERE worker_id = ANY($1)) AS hours,
                (SELECT count(*)::int FROM credit_entry WHERE worker_id = ANY($1)) AS lines,
                (SELECT count(*)::int FROM audit_event WHERE entity_id IN (SELECT id::text FROM licence WHERE worker_id = ANY($1))) AS licence_events`,
        [workerIds],
      )
    )[0];

  it('applies a package twice and two packages in either order to the same totals as the county holds', async () => {
    const first = await newWorker();
    const older = await packageOf();
    expect(manifestOf(older)).toMatchObject({
      since: null,
      scope: ['KP-02/KP-02-PYONGWON/KP-02-PYONGWON-SOKAM/'],
      counts: expect.objectContaining({ worker: expect.any(Number) }),
    });
    // After the first package: the licence suspended, one more ledger line, and a second worker.
    expect((await a.gql(SUSPEND, { id: first.licenceId, reason: '조사중' }, { token: registrarA })).data).toBeTruthy();
    await credit(first.workerId, 3);
    const second = await newWorker();
    const newer = await packageOf(manifestOf(older).until);
    const ids = [first.workerId, second.workerId];
    const expected = await totals(a, ids);
    expect(expected).toMatchObject({ workers: 2, hours: 7, lines: 3, licences: expect.stringContaining('suspended:조사중') });

    const newerReport = await apply(newer);
    expect(newerReport.outcomes!.worker.added).toBeGreaterThanOrEqual(2);
    const olderReport = await apply(older);
    // The older package's licence is an older version of the one applied: never written over it.
    expect(olderReport.outcomes!.licence.older).toBeGreaterThanOrEqual(1);
    expect(await totals(b, ids)).toEqual(expected);

    const replay = await apply(older);
    expect(replay).toMatchObject({ alreadyApplied: true, applied: false });
    await apply(newer);
    expect(await totals(b, ids)).toEqual(expected);
    // One source of record per row, kept.
    const sources = await b.db.query(`SELECT DISTINCT source_install_id FROM worker WHERE id = ANY($1)`, [ids]);
    const [{ id: installA }] = await a.db.query(`SELECT id FROM install_identity`);
    expect(sources).toEqual([{ source_install_id: installA }]);
    const applied = await b.gql<{ recordsPackages: { packageId: string }[] }>(PACKAGES, {}, { token: adminB });
    expect(applied.data!.recordsPackages.map((p) => p.packageId)).toEqual(
      expect.arrayContaining([manifestOf(older).packageId, manifestOf(newer).packageId]),
    );
  });

  it('applies a package sent twice at once only once', async () => {
    const { workerId } = await newWorker();
    const bytes = await packageOf();
    const answers = await Promise.all([0, 1, 2].map(() => importRecords(b, adminB, bytes)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(answers.filter((answer) => answer.body.applied)).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.alreadyApplied)).toHaveLength(2);
    expect(await totals(b, [workerId])).toEqual(await totals(a, [workerId]));
    const audited = await b.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'records.imported' AND entity_id = $1`, [
      manifestOf(bytes).packageId,
    ]);
    expect(audited).toEqual([{ n: 1 }]);
  });

  it('previews without writing, and refuses a tampered, truncated or interrupted package with nothing written; the whole file then applies', async () => {
    const { workerId } = await newWorker();
    const bytes = await packageOf();
    const held = async () => (await totals(b, [workerId])).workers as number;

    const preview = await importRecords(b, adminB, bytes, false);
    expect(preview.body).toMatchObject({
      applied: false,
      outcomes: expect.objectContaining({ worker: expect.objectContaining({ added: expect.any(Number) }) }),
    });
    expect(await held()).toBe(0);

    const lines = packageLines(bytes);
    const record = lines.findIndex((line) => line.includes(workerId));
    const tampered = [...lines];
    tampered[record] = tampered[record].replace('김순희', '김순이');
    const cut = lines.slice(0, -1);
    for (const broken of [repack(tampered), repack(cut), bytes.subarray(0, Math.floor(bytes.length / 2))]) {
      const answer = await importRecords(b, adminB, broken);
      expect(answer).toMatchObject({ status: 422, body: { code: 'PACKAGE_REFUSED' } });
      expect(await held()).toBe(0);
    }

    // A reading that fails mid-way (a USB stick pulled out) rolls the whole transaction back.
    const half = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const pulled = new Readable({ read() {} });
    pulled.push(half);
    setTimeout(() => pulled.destroy(new Error('device removed')), 50);
    await expect(b.nest.get(RecordsImporter).import(pulled, { apply: true, actorId: null, scope: null })).rejects.toMatchObject({
      extensions: expect.objectContaining({ code: 'PACKAGE_REFUSED' }),
    });
    expect(await held()).toBe(0);
    expect(await b.db.query(`SELECT 1 FROM records_package WHERE package_id = $1`, [manifestOf(bytes).packageId])).toEqual([]);

    expect((await apply(bytes)).applied).toBe(true);
    expect(await held()).toBe(1);
  });

  it('refuses a signed package of another kind, or one with a record naming a facility this server does not know, writing nothing', async () => {
    const { workerId } = await newWorker();
    const lines = packageLines(await packageOf());
    const manifest = JSON.parse(lines[0]) as Record<string, unknown>;
    const records = lines.slice(1, -1).map((line) => JSON.parse(line) as { type: string; data: Record<string, unknown> });
    const content = await signedByA({ ...manifest, kind: 'content' }, records);
    expect(await importRecords(b, adminB, content)).toMatchObject({ status: 400, body: { code: 'NOT_RECORDS_PACKAGE' } });

    const elsewhere = records.map((r) =>
      r.type === 'worker' && r.data.id === workerId ? { ...r, data: { ...r.data, facilityCode: 'F-NOWHERE' } } : r,
    );
    const unknown = await importRecords(b, adminB, await signedByA(manifest, elsewhere));
    expect(unknown).toMatchObject({ status: 400, body: { code: 'RECORDS_INVALID' } });
    const malformed = records.map((r) => (r.type === 'licence' ? { ...r, data: { ...r.data, issuedOn: 'yesterday' } } : r));
    expect((await importRecords(b, adminB, await signedByA(manifest, malformed))).body.code).toBe('RECORDS_INVALID');
    expect((await totals(b, [workerId])).workers).toBe(0);
    expect((await importRecords(b, adminB, Buffer.from('not a package'))).body.code).toBe('PACKAGE_REFUSED');
  });

  it('reports a licence changed on both sides as a conflict, leaves it as it is here, and lets a registrar settle it', async () => {
    const { workerId, licenceId } = await newWorker();
    const first = await packageOf();
    await apply(first);
    // Changed on B (the province suspends it) and on A (the county revokes it) since that exchange.
    expect((await b.gql(SUSPEND, { id: licenceId, reason: '도 조사' }, { token: registrarB })).data).toBeTruthy();
    expect((await a.gql(REVOKE_LICENCE, { id: licenceId, reason: '군 취소' }, { token: registrarA })).data).toBeTruthy();
    const second = await packageOf(manifestOf(first).until);
    const report = await apply(second);
    expect(report.outcomes!.licence.conflict).toBe(1);
    expect((await totals(b, [workerId])).licences).toBe('suspended:도 조사');

    const listed = await b.gql<{
      recordsConflicts: { id: string; recordId: string; differences: { field: string; local: string; incoming: string }[] }[];
    }>(CONFLICTS, {}, { token: registrarB });
    const conflict = listed.data!.recordsConflicts.find((c) => c.recordId === licenceId)!;
    expect(conflict.differences).toEqual(
      expect.arrayContaining([
        { field: 'status', local: 'suspended', incoming: 'revoked' },
        { field: 'statusReason', local: '도 조사', incoming: '군 취소' },
      ]),
    );
    // The same package again (or the conflict met again) adds no second conflict.
    await apply(await packageOf(manifestOf(first).until));
    const again = await b.gql<{ recordsConflicts: { recordId: string }[] }>(CONFLICTS, {}, { token: registrarB });
    expect(again.data!.recordsConflicts.filter((c) => c.recordId === licenceId)).toHaveLength(1);

    // Two registrars settling at once: one settles, the other is told.
    const settles = await Promise.all([0, 1].map(() => b.gql(SETTLE, { id: conflict.id, keep: 'incoming' }, { token: registrarB })));
    expect(settles.map((s) => codeOf(s) ?? 'ok').sort()).toEqual(['ALREADY_SETTLED', 'ok']);
    expect((await totals(b, [workerId])).licences).toBe('revoked:군 취소');
    const audit = await b.db.query(`SELECT action, reason FROM audit_event WHERE action = 'records.conflict_settled' AND entity_id = $1`, [
      licenceId,
    ]);
    expect(audit).toEqual([{ action: 'records.conflict_settled', reason: '도에서 확인' }]);
    const open = await b.gql<{ recordsConflicts: { recordId: string }[] }>(CONFLICTS, {}, { token: registrarB });
    expect(open.data!.recordsConflicts.filter((c) => c.recordId === licenceId)).toEqual([]);
  });

  it('keeps one identity for a worker registered on both servers: matched by registration number, its records follow', async () => {
    const { workerId } = await newWorker();
    const [{ registration_number: number }] = await a.db.query(`SELECT registration_number FROM worker WHERE id = $1`, [workerId]);
    const facilityB = await facilityOf(b);
    const [{ id: localId }] = await b.db.query(
      `INSERT INTO worker (registration_number, name, cadre, facility_id) VALUES ($1, '김순희', 'midwife', $2) RETURNING id`,
      [number, facilityB],
    );
    const report = await apply(await packageOf());
    expect(await b.db.query(`SELECT count(*)::int AS n FROM worker WHERE registration_number = $1`, [number])).toEqual([{ n: 1 }]);
    expect(await b.db.query(`SELECT count(*)::int AS n FROM credit_entry WHERE worker_id = $1`, [localId])).toEqual([{ n: 1 }]);
    expect(await b.db.query(`SELECT count(*)::int AS n FROM licence WHERE worker_id = $1`, [localId])).toEqual([{ n: 1 }]);
    expect(report.outcomes!.worker.unchanged + report.outcomes!.worker.conflict).toBeGreaterThanOrEqual(1);
  });

  it('carries certificates: one revoked on the county server verifies as revoked on the province after the package', async () => {
    const trainee = await a.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(a, registrarA, { facilityId, userId: trainee.id });
    await completeTestCurriculum(a, trainee.token);
    const [certificate] = (
      await a.gql<{ worker: { certificates: { id: string; credential: string }[] } }>(CERTIFICATES, { id: workerId }, { token: registrarA })
    ).data!.worker.certificates;
    const verifyOnB = async () =>
      (await b.gql<{ verifyCertificate: { valid: boolean; reason: string } }>(VERIFY, { credential: certificate.credential })).data!
        .verifyCertificate;

    const first = await packageOf();
    await apply(first);
    expect(await verifyOnB()).toEqual({ valid: true, reason: 'ok' });
    expect(await b.db.query(`SELECT credential FROM certificate WHERE id = $1`, [certificate.id])).toEqual([
      { credential: certificate.credential },
    ]);

    expect((await a.gql(REVOKE, { id: certificate.id, reason: '수료기록 오류' }, { token: registrarA })).data).toBeTruthy();
    const report = await apply(await packageOf(manifestOf(first).until));
    expect(report.outcomes!.certificate.updated).toBe(1);
    expect(await verifyOnB()).toEqual({ valid: false, reason: 'revoked' });
    expect(await b.db.query(`SELECT revoked_reason FROM certificate WHERE id = $1`, [certificate.id])).toEqual([
      { revoked_reason: '수료기록 오류' },
    ]);
    // The course completion travels as a learning record of the worker.
    expect(await b.db.query(`SELECT record_type FROM records_learning WHERE worker_id = $1 ORDER BY record_type`, [workerId])).toEqual([
      { record_type: 'courseCompletion' },
      { record_type: 'curriculumCompletion' },
    ]);
  });

  describe('roles', () => {
    it('lets no trainee, author, reviewer or supervisor export, import or read conflicts, and no one signed out', async () => {
      const bytes = await packageOf();
      for (const role of [Role.trainee, Role.author, Role.reviewer, Role.supervisor]) {
        const token = (await b.newUser(role)).token;
        expect((await exportRecords(b, token)).status).toBe(403);
        expect(await importRecords(b, token, bytes)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
        expect(codeOf(await b.gql(CONFLICTS, {}, { token }))).toBe('FORBIDDEN');
        expect(codeOf(await b.gql(SETTLE, { id: randomUUID(), keep: 'local' }, { token }))).toBe('FORBIDDEN');
        expect(codeOf(await b.gql(PACKAGES, {}, { token }))).toBe('FORBIDDEN');
      }
      expect((await exportRecords(b, '')).status).toBe(401);
      expect((await importRecords(b, undefined, bytes)).status).toBe(401);
    });

    it("limits a registrar to its region: its export holds its workers only, and it cannot import another region's workers", async () => {
      const { workerId } = await newWorker();
      const otherRegistrar = (await a.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
      const other = await exportRecords(a, otherRegistrar);
      expect(other.status).toBe(200);
      expect(packageLines(other.bytes).some((line) => line.includes(workerId))).toBe(false);
      expect(packageLines(await packageOf()).some((line) => line.includes(workerId))).toBe(true);

      const pyongyangB = (await b.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
      expect(await importRecords(b, pyongyangB, await packageOf())).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect((await totals(b, [workerId])).workers).toBe(0);
      expect((await importRecords(b, registrarB, await packageOf())).body.applied).toBe(true);
      expect((await totals(b, [workerId])).workers).toBe(1);
      expect(codeOf(await b.gql(CONFLICTS, {}, { token: pyongyangB }))).toBeUndefined();
    });

    it('lets an admin export everything and refuses a malformed watermark', async () => {
      const whole = await exportRecords(a, adminA, '2020-01-01');
      expect(whole.status).toBe(200);
      expect(manifestOf(whole.bytes)).toMatchObject({ scope: null, since: '2020-01-01T00:00:00.000000Z' });
      const bad = await fetch(`${a.url}/packages/records.dari?since=yesterday`, { headers: { authorization: `Bearer ${adminA}` } });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_WATERMARK' });
    });
  });
});
