import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/access/role.enum';
import { auditCount, CHANGE, createUser } from './support/accounts';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker } from './support/workforce';

const CREATE = `mutation ($workerIds: [UUID!]!) { createWorkerAccounts(workerIds: $workerIds) {
  accounts { workerId userId name facilityName username oneTimePassword } skipped { workerId name reason } } }`;

interface Created {
  workerId: string;
  userId: string;
  name: string;
  facilityName: string;
  username: string;
  oneTimePassword: string;
}
type Result = { createWorkerAccounts: { accounts: Created[]; skipped: { workerId: string; reason: string }[] } };

describe(`createWorkerAccounts and the slips PDF (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let admin: string;
  let registrar: { id: string; token: string };
  let facility: { id: string; code: string; name: string };
  let outsideFacility: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
    registrar = await app.newUser(Role.registrar, { regionCode: 'KP-02' });
    facility = await firstFacilityIn(app, 'KP-02');
    outsideFacility = await firstFacilityIn(app, 'KP-01');
  });
  afterAll(() => app.close());

  const worker = (name = '김순희', facilityId = facility.id) => registerWorker(app, admin, { facilityId, name });
  const create = (workerIds: string[], token: string) => app.gql<Result>(CREATE, { workerIds }, { token });
  const linkedUser = async (workerId: string) =>
    (await app.db.query(`SELECT user_id FROM worker WHERE id = $1`, [workerId]))[0].user_id as string | null;
  const slipsPdf = (accounts: Pick<Created, 'workerId' | 'username' | 'oneTimePassword'>[], token?: string) =>
    fetch(`${app.url}/accounts/slips.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ accounts }),
    });

  it('lets admins and registrars of the workers’ region make accounts, and no one else', async () => {
    const [a, b] = [await worker('리 영옥'), await worker('박 정희')];
    const denied = [
      await app.newUser(Role.registrar, { regionCode: 'KP-01' }),
      await app.newUser(Role.trainee),
      await app.newUser(Role.author),
      await app.newUser(Role.reviewer),
    ];
    for (const user of denied) expect(codeOf(await create([a], user.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { workerIds: [a] }))).toBe('UNAUTHENTICATED');
    expect(await linkedUser(a)).toBeNull();

    const byRegistrar = (await create([a], registrar.token)).data!.createWorkerAccounts;
    expect(byRegistrar.accounts).toEqual([expect.objectContaining({ workerId: a, name: '리 영옥', facilityName: facility.name })]);
    const byAdmin = (await create([b], admin)).data!.createWorkerAccounts;
    expect(byAdmin.accounts[0].workerId).toBe(b);
    for (const created of [...byRegistrar.accounts, ...byAdmin.accounts]) {
      expect(created.oneTimePassword).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      expect(await linkedUser(created.workerId)).toBe(created.userId);
      expect(await auditCount(app, 'user.created', created.userId)).toBe(1);
      const [user] = await app.db.query(`SELECT password_hash, must_change_password FROM "user" WHERE id = $1`, [created.userId]);
      expect(user.must_change_password).toBe(true);
      expect(user.password_hash).not.toContain(created.oneTimePassword);
    }
  });

  it('names accounts after the registration number in lower case, with a suffix on a clash', async () => {
    const id = await worker('최 은심');
    const [{ registration_number: number }] = await app.db.query(`SELECT registration_number FROM worker WHERE id = $1`, [id]);
    await createUser(app, admin, { username: number.toLowerCase(), roles: [{ role: 'trainee' }] });
    const other = await worker('한 미란');
    await app.db.query(`UPDATE worker SET registration_number = $1 WHERE id = $2`, [`${number}-X`.toUpperCase(), other]);
    const result = (await create([id, other], registrar.token)).data!.createWorkerAccounts;
    expect(result.accounts.map((a) => a.username)).toEqual([`${number.toLowerCase()}-2`, `${number.toLowerCase()}-x`]);
  });

  it('skips workers that have an account and writes nothing when one worker is refused', async () => {
    const [done, fresh, outside] = [await worker(), await worker(), await worker('김 영남', outsideFacility.id)];
    await create([done], registrar.token);
    const before = await linkedUser(done);
    const result = (await create([done, fresh, fresh], registrar.token)).data!.createWorkerAccounts;
    expect(result.skipped).toEqual([{ workerId: done, name: '김순희', reason: 'HAS_ACCOUNT' }]);
    expect(result.accounts.map((a) => a.workerId)).toEqual([fresh]);
    expect(await linkedUser(done)).toBe(before);

    const [x, y] = [await worker(), await worker()];
    const users = async () => (await app.db.query(`SELECT count(*)::int AS n FROM "user"`))[0].n as number;
    const count = await users();
    expect(codeOf(await create([x, outside, y], registrar.token))).toBe('FORBIDDEN');
    expect(codeOf(await create([x, randomUUID()], admin))).toBe('NOT_FOUND');
    expect(await users()).toBe(count);
    expect([await linkedUser(x), await linkedUser(y)]).toEqual([null, null]);
    expect(codeOf(await create([], admin))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await create(
          Array.from({ length: 1001 }, () => randomUUID()),
          admin,
        ),
      ),
    ).toBe('TOO_MANY_ACCOUNTS');
  });

  it('makes one account per worker when the same workers are sent several times at once', async () => {
    const workers = [await worker(), await worker(), await worker()];
    const results = await Promise.all(Array.from({ length: 4 }, () => create(workers, registrar.token)));
    expect(results.map((r) => r.errors?.[0].extensions.code ?? 'ok').filter((c) => c !== 'ok' && c !== 'CONFLICT')).toEqual([]);
    const made = results.flatMap((r) => r.data?.createWorkerAccounts.accounts ?? []);
    expect(made.map((a) => a.workerId).sort()).toEqual([...workers].sort());
    const accounts = await app.db.query(`SELECT count(*)::int AS n FROM "user" u JOIN worker w ON w.user_id = u.id WHERE w.id = ANY($1)`, [
      workers,
    ]);
    expect(accounts[0].n).toBe(3);
    for (const id of workers) expect(await auditCount(app, 'user.created', (await linkedUser(id)) as string)).toBe(1);
  });

  it('lets a slip account sign in with its one-time password only to change it', async () => {
    const [created] = (await create([await worker()], registrar.token)).data!.createWorkerAccounts.accounts;
    const token = await app.login(created.username, created.oneTimePassword);
    expect(codeOf(await app.gql('{ myWorker { id } }', {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await app.gql(CHANGE, { currentPassword: created.oneTimePassword, newPassword: '봄날의 진달래 꽃' }, { token })).data).toEqual({
      changePassword: true,
    });
    const mine = await app.gql<{ myWorker: { id: string } }>('{ myWorker { id } }', {}, { token });
    expect(mine.data!.myWorker.id).toBe(created.workerId);
    await expect(app.login(created.username, created.oneTimePassword)).rejects.toThrow();
  });

  it('prints slips with name, facility, username and password for the registrar of the region', async () => {
    const created = (await create([await worker('조 명순'), await worker('정 금실')], registrar.token)).data!.createWorkerAccounts.accounts;
    const res = await slipsPdf(created, registrar.token);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'dari-slips-')), 'slips.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const slip of created) for (const value of [slip.name, slip.username, slip.oneTimePassword]) expect(text).toContain(value);
    expect(text).toContain(facility.name);
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/image/);

    expect((await slipsPdf(created)).status).toBe(401);
    expect((await slipsPdf(created, (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token)).status).toBe(403);
    expect((await slipsPdf([{ ...created[0], username: 'someone-else' }], registrar.token)).status).toBe(400);
    expect((await slipsPdf([], registrar.token)).status).toBe(400);
  });

  it('makes 500 accounts in one call', async () => {
    const ids: string[] = (
      await app.db.query(
        `INSERT INTO worker (registration_number, name, cadre, facility_id) SELECT 'BULK-' || $1 || '-' || g, '일군 ' || g, 'nurse', $2 FROM generate_series(1, 500) g RETURNING id`,
        [randomUUID().slice(0, 8), facility.id],
      )
    ).map((r: { id: string }) => r.id);
    const result = await create(ids, registrar.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createWorkerAccounts.accounts).toHaveLength(500);
    expect(new Set(result.data!.createWorkerAccounts.accounts.map((a) => a.username)).size).toBe(500);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM worker WHERE id = ANY($1) AND user_id IS NOT NULL`, [ids]);
    expect(n).toBe(500);
  }, 180_000);
});
