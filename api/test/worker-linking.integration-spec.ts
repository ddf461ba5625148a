import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role.enum';
import { UsersService } from '../src/users/users.service';
import { allAtOnce } from './support/concurrency';
import { codeOf, type GqlResult, type TestApp } from './support/test-app';
import { registerWorker, startRegistrarApp } from './support/workforce';

const LINK = `mutation ($workerId: UUID!, $userId: UUID!) { linkWorkerAccount(workerId: $workerId, userId: $userId) { id userId } }`;
const REGISTER = `mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id userId } }`;

describe(`linking user accounts to workers (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;
  let serial = 0;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  /** A user with exactly these role assignments (region codes for scoped ones); no sign-in needed. */
  const account = async (roles: { role: Role; regionCode?: string }[]) => {
    const username = `account-${process.pid}-${Date.now().toString(36)}-${++serial}`;
    return (await app.nest.get(UsersService).create({ username, password: 'test-password-1234', displayName: username, roles })).id;
  };
  const worker = () => registerWorker(app, registrar, { facilityId });
  const link = (workerId: string, userId: string, token = registrar) =>
    app.gql<{ linkWorkerAccount: { id: string; userId: string } }>(LINK, { workerId, userId }, { token });
  const linkedUser = async (workerId: string) => (await app.db.query(`SELECT user_id FROM worker WHERE id = $1`, [workerId]))[0].user_id;
  const register = (userId: string, token = registrar) =>
    app.gql(
      REGISTER,
      { input: { registrationNumber: `R-${randomUUID().slice(0, 8)}`, name: '김순희', cadre: 'midwife', facilityId, userId } },
      { token },
    );

  it('lets a registrar link a trainee account of their region, or one with no role, and audits it', async () => {
    for (const roles of [[{ role: Role.trainee }], [{ role: Role.trainee, regionCode: 'KP-02' }], []]) {
      const workerId = await worker();
      const userId = await account(roles);
      expect((await link(workerId, userId)).data!.linkWorkerAccount).toEqual({ id: workerId, userId });
      expect(await linkedUser(workerId)).toBe(userId);
      const audit = await app.db.query(`SELECT action, after FROM audit_event WHERE entity_id = $1 AND action = 'worker.account_linked'`, [
        workerId,
      ]);
      expect(audit).toEqual([{ action: 'worker.account_linked', after: { userId } }]);
    }
    const trainee = await account([{ role: Role.trainee }]);
    expect((await register(trainee)).errors).toBeUndefined();
  });

  it('refuses a registrar any account that is not a trainee of their region, by linking or registering', async () => {
    const workerId = await worker();
    const refused = [
      [{ role: Role.admin }],
      [{ role: Role.registrar, regionCode: 'KP-02' }],
      [{ role: Role.author }],
      [{ role: Role.reviewer }],
      [{ role: Role.trainee }, { role: Role.author }],
      [{ role: Role.trainee, regionCode: 'KP-01' }],
    ];
    for (const roles of refused) {
      const userId = await account(roles);
      const linked = await link(workerId, userId);
      expect(linked.errors![0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        messageKo: expect.stringContaining('수강생'),
        messageEn: expect.stringContaining('trainee'),
      });
      expect(codeOf(await register(userId))).toBe('FORBIDDEN');
    }
    expect(await linkedUser(workerId)).toBeNull();
    expect(codeOf(await link(workerId, randomUUID()))).toBe('NOT_FOUND');
    // A malformed id is refused at the boundary, before any lookup.
    expect(codeOf(await link(workerId, 'not-a-user'))).toBe('BAD_USER_INPUT');
  });

  it('lets only registrars of the worker’s region and admins link; an admin may link any account', async () => {
    const workerId = await worker();
    const trainee = await account([{ role: Role.trainee }]);
    const outsiders: string[] = [
      ...(await Promise.all([Role.trainee, Role.author, Role.reviewer].map(async (role) => (await app.newUser(role)).token))),
      (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token,
    ];
    for (const token of outsiders) expect(codeOf(await link(workerId, trainee, token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LINK, { workerId, userId: trainee }))).toBe('UNAUTHENTICATED');
    expect(await linkedUser(workerId)).toBeNull();

    const admin = (await app.newUser(Role.admin)).token;
    const author = await account([{ role: Role.author }]);
    expect((await link(workerId, author, admin)).data!.linkWorkerAccount.userId).toBe(author);
    expect(codeOf(await register(await account([{ role: Role.reviewer }]), admin))).toBeUndefined();
  });

  it('refuses an account or a worker that is linked already, with a conflict code', async () => {
    const workerId = await worker();
    const userId = await account([{ role: Role.trainee }]);
    await link(workerId, userId);
    expect(codeOf(await link(workerId, await account([{ role: Role.trainee }])))).toBe('WORKER_ALREADY_LINKED');
    const other = await worker();
    const again = await link(other, userId);
    expect(again.errors![0].extensions).toMatchObject({
      code: 'USER_ALREADY_LINKED',
      messageKo: expect.any(String),
      messageEn: expect.any(String),
    });
    expect(codeOf(await register(userId))).toBe('USER_ALREADY_LINKED');
    expect(codeOf(await link(other, userId, (await app.newUser(Role.admin)).token))).toBe('USER_ALREADY_LINKED');
    expect(await linkedUser(other)).toBeNull();
  });

  it('links an account to one worker when ten links or registrations of it arrive at once', async () => {
    const codes = (results: GqlResult[]) => results.map((r) => codeOf(r) ?? 'ok').sort();
    const expected = ['ok', ...Array(9).fill('USER_ALREADY_LINKED')].sort();

    const userId = await account([{ role: Role.trainee }]);
    const workers = await Promise.all(Array.from({ length: 10 }, () => worker()));
    expect(codes(await allAtOnce(() => workers.map((workerId) => link(workerId, userId))))).toEqual(expected);
    expect(await app.db.query(`SELECT count(*)::int AS n FROM worker WHERE user_id = $1`, [userId])).toEqual([{ n: 1 }]);

    const registered = await account([{ role: Role.trainee }]);
    expect(codes(await allAtOnce(() => Array.from({ length: 10 }, () => register(registered))))).toEqual(expected);
    expect(await app.db.query(`SELECT count(*)::int AS n FROM worker WHERE user_id = $1`, [registered])).toEqual([{ n: 1 }]);

    const one = await worker();
    const candidates = await Promise.all(Array.from({ length: 10 }, () => account([{ role: Role.trainee }])));
    expect(codes(await allAtOnce(() => candidates.map((candidate) => link(one, candidate))))).toEqual(
      ['ok', ...Array(9).fill('WORKER_ALREADY_LINKED')].sort(),
    );
  });
});
