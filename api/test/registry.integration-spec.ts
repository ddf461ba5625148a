import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role.enum';
import { codeOf, type GqlResult, startTestApp, type TestApp } from './support/test-app';
import { everyRow } from './support/pages';
import { firstFacilityIn } from './support/workforce';

const WORKERS = `query ($filter: WorkerFilter, $first: Int, $offset: Int, $after: String) {
  workers(filter: $filter, first: $first, offset: $offset, after: $after) { total nextCursor items { id name licences { status } } } }`;
const COUNT = `query ($filter: WorkerFilter) { workers(filter: $filter) { total } }`;
const EXPIRING = `query ($days: Int, $first: Int, $after: String) { expiringLicences(days: $days, first: $first, after: $after) {
  total nextCursor items { daysLeft licence { id number status expiresOn } worker { id name registrationNumber facility { id code name } } } } }`;
type Count = { workers: { total: number } };
const countOf = async (app: TestApp, token: string, filter: Record<string, unknown> = {}) =>
  (await app.gql<Count>(COUNT, { filter }, { token })).data!.workers.total;
const PREVIEW = `mutation ($csv: String!) { previewWorkerImport(csv: $csv) { valid rowCount problemCount
  rows { line registrationNumber name cadre facilityCode facilityName licenceNumber problems { line field code messageKo messageEn } } } }`;
const IMPORT = `mutation ($csv: String!) { importWorkers(csv: $csv) { imported licencesIssued workers { id registrationNumber name cadre } } }`;
const WORKER = `query ($id: UUID!) { worker(id: $id) { id licences { number status expiresOn } postings { facilityId startedOn facility { code name } } } }`;

const HEADER = 'registration_number,name,cadre,facility_code,licence_type,licence_number,licence_issued_on';
const unique = () => randomUUID().slice(0, 8).toUpperCase();
const isoToday = () => new Date().toISOString().slice(0, 10);
const OTHER_ROLES = [Role.trainee, Role.author, Role.reviewer];

type Preview = {
  previewWorkerImport: {
    valid: boolean;
    rowCount: number;
    problemCount: number;
    rows: {
      line: number;
      facilityName: string | null;
      problems: { line: number; field: string; code: string; messageKo: string; messageEn: string }[];
    }[];
  };
};

describe(`registrar workspace (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let pyongyang: string;
  let admin: string;
  let facility: { id: string; code: string; name: string };
  let otherProvinceFacility: { code: string };

  beforeAll(async () => {
    app = await startTestApp();
    registrar = await app.login('registrar');
    pyongyang = (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
    admin = (await app.newUser(Role.admin)).token;
    facility = await firstFacilityIn(app);
    [otherProvinceFacility] = await app.db.query(
      `SELECT f.code FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-01/%' ORDER BY f.code LIMIT 1`,
    );
  });
  afterAll(() => app.close());

  const exportCsv = async (path: string, token?: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    // Decoded keeping the byte-order mark, which fetch's text() would drop.
    return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
  };
  const dataLines = (text: string) => text.split('\r\n').slice(1).filter(Boolean);

  describe('workers by licence status, with a count for paging', () => {
    it('filters by every licence status as the API reports it, and counts all matches', async () => {
      expect(await countOf(app, registrar)).toBeGreaterThanOrEqual(500);
      let sum = 0;
      for (const status of ['active', 'expiring', 'lapsed', 'suspended', 'revoked']) {
        const result = await everyRow<{ licences: { status: string }[] }>(
          app,
          WORKERS,
          'workers',
          { filter: { status }, first: 200 },
          registrar,
        );
        expect(result.items.length).toBe(result.total);
        expect(result.total).toBeGreaterThan(0);
        for (const worker of result.items) expect(worker.licences.map((l) => l.status)).toContain(status);
        sum += result.total;
      }
      expect(sum).toBeGreaterThanOrEqual(500);
      const midwives = await app.gql<{ workers: { items: unknown[] } }>(
        WORKERS,
        { filter: { status: 'expiring', cadre: 'midwife', facilityId: null }, first: 5, offset: 0 },
        { token: registrar },
      );
      expect(midwives.data!.workers.items.length).toBeLessThanOrEqual(5);
    });

    it('refuses an unknown status with a coded error in both languages', async () => {
      const result = await app.gql(COUNT, { filter: { status: 'dormant' } }, { token: registrar });
      expect(result.status).toBeLessThan(500);
      expect(result.errors![0].extensions).toMatchObject({
        code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/),
        messageKo: expect.any(String),
        messageEn: expect.any(String),
      });
    });

    it('counts only inside the caller’s region and refuses other roles', async () => {
      const province = await countOf(app, registrar, { search: 'DEMO-' });
      expect(province).toBeGreaterThanOrEqual(500);
      expect(await countOf(app, pyongyang, { search: 'DEMO-' })).toBe(0);
      expect(await countOf(app, admin, { search: 'DEMO-' })).toBe(province);
      for (const role of OTHER_ROLES)
        expect(codeOf(await app.gql(COUNT, {}, { token: (await app.newUser(role)).token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(COUNT, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('expiring licences', () => {
    type Item = { daysLeft: number; licence: { id: string; status: string; expiresOn: string }; worker: { facility: { id: string } } };
    type Page = { expiringLicences: { total: number; items: Item[] } };

    it('lists active licences expiring within 30 or 90 days, soonest first, with holder and facility', async () => {
      const in30 = await everyRow<Item>(app, EXPIRING, 'expiringLicences', { days: 30, first: 200 }, registrar);
      const in90 = await everyRow<Item>(app, EXPIRING, 'expiringLicences', { days: 90, first: 200 }, registrar);
      expect(in90.total).toBeGreaterThan(0);
      expect(in90.items).toHaveLength(in90.total);
      expect(in30.total).toBeLessThanOrEqual(in90.total);
      const dates = in90.items.map((i) => i.licence.expiresOn);
      expect(dates).toEqual([...dates].sort());
      for (const item of in90.items) {
        expect(item.licence.status).toBe('expiring');
        expect(item.daysLeft).toBeLessThanOrEqual(90);
        expect(item.worker.facility.id).toEqual(expect.any(String));
      }
      for (const item of in30.items) expect(item.daysLeft).toBeLessThanOrEqual(30);
      expect(in30.items.every((i) => in90.items.some((j) => j.licence.id === i.licence.id))).toBe(true);
      const page = (await app.gql<Page>(EXPIRING, { days: 90, first: 2 }, { token: registrar })).data!.expiringLicences;
      expect(page).toMatchObject({ total: in90.total, items: in90.items.slice(0, 2) });
      // Small pages walk the same list, ending with no next cursor.
      const walked = await everyRow<Item>(
        app,
        EXPIRING,
        'expiringLicences',
        { days: 90, first: Math.max(2, Math.ceil(in90.total / 3)) },
        registrar,
      );
      expect(walked.items).toEqual(in90.items);
      expect(walked.pages).toBeGreaterThanOrEqual(in90.total > 2 ? 2 : 1);
    });

    it('refuses a period outside 1-366 days', async () => {
      for (const days of [0, -5, 400]) {
        const result = await app.gql(EXPIRING, { days }, { token: registrar });
        expect(result.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          messageKo: expect.stringContaining('366'),
          field: 'days',
        });
      }
    });

    it('shows another province nothing of this one; admins see everything; other roles nothing', async () => {
      const own = await everyRow<Item>(app, EXPIRING, 'expiringLicences', { days: 90, first: 200 }, registrar);
      const other = await everyRow<Item>(app, EXPIRING, 'expiringLicences', { days: 90, first: 200 }, pyongyang);
      expect(other.items.filter((i) => own.items.some((o) => o.licence.id === i.licence.id))).toEqual([]);
      const everywhere = (await app.gql<Page>(EXPIRING, { days: 90, first: 1 }, { token: admin })).data!.expiringLicences;
      expect(everywhere.total).toBeGreaterThanOrEqual(own.total);
      for (const role of OTHER_ROLES)
        expect(codeOf(await app.gql(EXPIRING, { days: 30 }, { token: (await app.newUser(role)).token }))).toBe('FORBIDDEN');
    });
  });

  describe('CSV exports', () => {
    it('exports every matching worker (not a page) as UTF-8 with a BOM, quoted and formula-safe', async () => {
      const name = `=HYPERLINK("http://x","김, ${unique()}")`;
      const registered = await app.gql(
        `mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`,
        {
          input: { registrationNumber: `X-${unique()}`, name, cadre: 'nurse', facilityId: facility.id },
        },
        { token: registrar },
      );
      expect(registered.errors).toBeUndefined();
      const { res, text } = await exportCsv(`/exports/workers.csv?search=${encodeURIComponent(name.slice(20, 40))}`, registrar);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="workers-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(text.startsWith('\uFEFFregistration_number,name,cadre,facility_code')).toBe(true);
      expect(dataLines(text)).toHaveLength(1);
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""김, `);

      const workerCount = await countOf(app, registrar, { status: 'expiring' });
      const expiring = await exportCsv('/exports/workers.csv?status=expiring', registrar);
      expect(dataLines(expiring.text)).toHaveLength(workerCount);
      const all = await exportCsv('/exports/workers.csv', registrar);
      expect(dataLines(all.text).length).toBe(await countOf(app, registrar));
      expect(dataLines(all.text).length).toBeGreaterThan(200);
    });

    it('exports expiring licences and compliance per facility', async () => {
      const { total } = (await app.gql<{ expiringLicences: { total: number } }>(EXPIRING, { days: 30 }, { token: registrar })).data!
        .expiringLicences;
      const expiring = await exportCsv('/exports/expiring-licences.csv?days=30', registrar);
      expect(expiring.res.status).toBe(200);
      expect(expiring.text.startsWith('\uFEFFlicence_number,licence_type,expires_on,days_left')).toBe(true);
      expect(dataLines(expiring.text)).toHaveLength(total);
      const compliance = await exportCsv('/exports/retraining-compliance.csv', registrar);
      expect(compliance.res.status).toBe(200);
      expect(compliance.text.startsWith('\uFEFFfacility_code,facility_name,plans,done,overdue,done_percent\r\n')).toBe(true);
      const rows = (await app.gql<{ retrainingCompliance: unknown[] }>(`{ retrainingCompliance { facilityId } }`, {}, { token: registrar }))
        .data!.retrainingCompliance;
      expect(dataLines(compliance.text)).toHaveLength(rows.length);
    });

    it('answers bad parameters with 400 and a coded message, never a 500', async () => {
      for (const path of [
        '/exports/workers.csv?status=dormant',
        '/exports/workers.csv?facilityId=nope',
        '/exports/workers.csv?cadre=wizard',
        '/exports/workers.csv?search=a&search=b',
        '/exports/expiring-licences.csv?days=abc',
        '/exports/expiring-licences.csv?days=0',
      ]) {
        const { res, text } = await exportCsv(path, registrar);
        expect([path, res.status]).toEqual([path, 400]);
        expect(JSON.parse(text)).toMatchObject({ code: 'BAD_USER_INPUT', messageKo: expect.any(String), messageEn: expect.any(String) });
      }
    });

    it('needs a session and the right to read licences, and keeps to the caller’s region', async () => {
      for (const path of ['/exports/workers.csv', '/exports/expiring-licences.csv', '/exports/retraining-compliance.csv']) {
        expect((await exportCsv(path)).res.status).toBe(401);
        for (const role of OTHER_ROLES) expect((await exportCsv(path, (await app.newUser(role)).token)).res.status).toBe(403);
        expect((await exportCsv(path, admin)).res.status).toBe(200);
      }
      const other = await exportCsv('/exports/workers.csv?search=DEMO-', pyongyang);
      expect(other.res.status).toBe(200);
      expect(dataLines(other.text)).toEqual([]);
      const compliance = await exportCsv('/exports/retraining-compliance.csv', pyongyang);
      expect(compliance.text).not.toContain(facility.code);
      const adminAll = await exportCsv('/exports/workers.csv?search=DEMO-', admin);
      expect(dataLines(adminAll.text).length).toBeGreaterThanOrEqual(500);
    });
  });

  describe('worker import from CSV', () => {
    const auditCount = async () =>
      (await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'workers.imported'`))[0].n as number;
    const workerCount = async () => (await app.db.query(`SELECT count(*)::int AS n FROM worker`))[0].n as number;

    it('previews every row’s problems, commits nothing while any remains, then imports all rows in one go', async () => {
      const [taken] = await app.db.query(`SELECT registration_number FROM worker WHERE registration_number LIKE 'DEMO-%' LIMIT 1`);
      const [usedLicence] = await app.db.query(`SELECT number FROM licence LIMIT 1`);
      const a = `IMP-${unique()}`;
      const b = `IMP-${unique()}`;
      const rows = [
        `${a},"리, 순옥",midwife,${facility.code},midwife,L-${unique()},2024-03-01`,
        `${b},김철,간호원,${facility.code},,,`,
        `${a},박영남,nurse,${facility.code},,,`,
        `${taken.registration_number},최,nurse,${facility.code},,,`,
        `IMP-${unique()},,nurse,${facility.code},,,`,
        `IMP-${unique()},한,surgeon,${facility.code},,,`,
        `IMP-${unique()},오,nurse,NO-SUCH-FACILITY,,,`,
        `IMP-${unique()},정,nurse,${otherProvinceFacility.code},,,`,
        `IMP-${unique()},송,nurse,${facility.code},midwife,${usedLicence.number},2030-13-01`,
        `IMP-${unique()},윤,nurse,${facility.code},nurse,,`,
      ];
      const csv = `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`;
      const before = { workers: await workerCount(), audits: await auditCount() };
      const preview = (await app.gql<Preview>(PREVIEW, { csv }, { token: registrar })).data!.previewWorkerImport;
      expect(preview).toMatchObject({ valid: false, rowCount: 10 });
      const codes = preview.rows.map((r) => [r.line, r.problems.map((p) => `${p.field}:${p.code}`)]);
      expect(codes).toEqual([
        [2, []],
        [3, []],
        [4, ['registration_number:DUPLICATE_IN_FILE']],
        [5, ['registration_number:ALREADY_REGISTERED']],
        [6, ['name:MISSING_VALUE']],
        [7, ['cadre:UNKNOWN_CADRE']],
        [8, ['facility_code:UNKNOWN_FACILITY']],
        [9, ['facility_code:FACILITY_OUT_OF_REGION']],
        [10, ['licence_type:LICENCE_TYPE_MISMATCH', 'licence_number:LICENCE_NUMBER_TAKEN', 'licence_issued_on:BAD_DATE']],
        [11, ['licence_number:MISSING_VALUE', 'licence_issued_on:MISSING_VALUE']],
      ]);
      expect(preview.problemCount).toBe(11);
      expect(preview.rows[0].facilityName).toBe(facility.name);
      expect(preview.rows[7].facilityName).toBeNull();
      expect(preview.rows[2].problems[0]).toMatchObject({
        line: 4,
        messageKo: expect.stringContaining('2번째 줄'),
        messageEn: expect.stringContaining('line 2'),
      });

      const refused = await app.gql(IMPORT, { csv }, { token: registrar });
      expect(refused.errors![0].extensions).toMatchObject({
        code: 'IMPORT_INVALID',
        messageKo: expect.any(String),
        messageEn: expect.any(String),
        problems: expect.arrayContaining([expect.objectContaining({ line: 4, code: 'DUPLICATE_IN_FILE' })]),
      });
      expect({ workers: await workerCount(), audits: await auditCount() }).toEqual(before);

      const fixed = `${HEADER}\n${rows.slice(0, 2).join('\n')}`;
      expect((await app.gql<Preview>(PREVIEW, { csv: fixed }, { token: registrar })).data!.previewWorkerImport).toMatchObject({
        valid: true,
        rowCount: 2,
        problemCount: 0,
      });
      const done = await app.gql<{
        importWorkers: {
          imported: number;
          licencesIssued: number;
          workers: { id: string; registrationNumber: string; name: string; cadre: string }[];
        };
      }>(IMPORT, { csv: fixed }, { token: registrar });
      expect(done.errors).toBeUndefined();
      expect(done.data!.importWorkers).toMatchObject({ imported: 2, licencesIssued: 1 });
      expect(done.data!.importWorkers.workers.map((w) => [w.registrationNumber, w.name, w.cadre])).toEqual([
        [a, '리, 순옥', 'midwife'],
        [b, '김철', 'nurse'],
      ]);
      expect(await workerCount()).toBe(before.workers + 2);
      const [event] = await app.db.query(
        `SELECT actor_id, after FROM audit_event WHERE action = 'workers.imported' ORDER BY at DESC LIMIT 1`,
      );
      expect(event.after.workers).toHaveLength(2);
      const worker = await app.gql<{
        worker: { licences: { status: string; expiresOn: string }[]; postings: { startedOn: string; facility: { code: string } }[] };
      }>(WORKER, { id: done.data!.importWorkers.workers[0].id }, { token: registrar });
      expect(worker.data!.worker.licences).toEqual([expect.objectContaining({ status: 'active', expiresOn: '2029-03-01' })]);
      expect(worker.data!.worker.postings).toEqual([
        { facilityId: facility.id, startedOn: isoToday(), facility: { code: facility.code, name: facility.name } },
      ]);

      // The same file again: every row is now registered, and nothing more is written.
      const again = await app.gql(IMPORT, { csv: fixed }, { token: registrar });
      expect(codeOf(again)).toBe('IMPORT_INVALID');
      expect(await workerCount()).toBe(before.workers + 2);
    });

    it('writes one of two concurrent imports that share a number, and nothing of the other', async () => {
      const shared = `IMP-${unique()}`;
      const [onlyA, onlyB] = [`IMP-${unique()}`, `IMP-${unique()}`];
      const file = (own: string) => `${HEADER}\n${own},김,nurse,${facility.code},,,\n${shared},리,nurse,${facility.code},,,\n`;
      const results = await Promise.all([
        app.gql(IMPORT, { csv: file(onlyA) }, { token: registrar }),
        app.gql(IMPORT, { csv: file(onlyB) }, { token: admin }),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['IMPORT_INVALID', undefined]);
      const refused = results.find((r) => codeOf(r))!;
      expect(refused.errors![0].extensions.problems).toEqual([expect.objectContaining({ line: 3, code: 'ALREADY_REGISTERED' })]);
      const written: { registration_number: string }[] = await app.db.query(
        `SELECT registration_number FROM worker WHERE registration_number = ANY($1)`,
        [[shared, onlyA, onlyB]],
      );
      expect(written).toHaveLength(2);
    });

    it('refuses a file that is not a worker list as a whole', async () => {
      const cases: [string, string][] = [
        ['', 'CSV_INVALID'],
        ['name,cadre\n김,nurse\n', 'CSV_INVALID'],
        [`${HEADER}\n`, 'CSV_INVALID'],
        [`${HEADER}\nA-1,"unclosed,nurse,X\n`, 'CSV_INVALID'],
      ];
      for (const [csv, code] of cases) {
        for (const operation of [PREVIEW, IMPORT]) {
          const result: GqlResult = await app.gql(operation, { csv }, { token: registrar });
          expect(result.status).toBeLessThan(500);
          expect(result.errors![0].extensions).toMatchObject({ code, messageKo: expect.any(String), messageEn: expect.any(String) });
        }
      }
    });

    it('lets a registrar import only into their own region, admins anywhere, and no other role at all', async () => {
      const csv = `${HEADER}\nIMP-${unique()},김,nurse,${facility.code},,,\n`;
      const other = (await app.gql<Preview>(PREVIEW, { csv }, { token: pyongyang })).data!.previewWorkerImport;
      expect(other.rows[0].problems.map((p) => p.code)).toEqual(['FACILITY_OUT_OF_REGION']);
      const before = await workerCount();
      expect(codeOf(await app.gql(IMPORT, { csv }, { token: pyongyang }))).toBe('IMPORT_INVALID');
      expect(await workerCount()).toBe(before);
      for (const role of OTHER_ROLES) {
        const token = (await app.newUser(role)).token;
        expect(codeOf(await app.gql(PREVIEW, { csv }, { token }))).toBe('FORBIDDEN');
        expect(codeOf(await app.gql(IMPORT, { csv }, { token }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await app.gql(IMPORT, { csv }))).toBe('UNAUTHENTICATED');
      expect(await workerCount()).toBe(before);
      const byAdmin = await app.gql<{ importWorkers: { imported: number } }>(IMPORT, { csv }, { token: admin });
      expect(byAdmin.data!.importWorkers.imported).toBe(1);
    });
  });
});
