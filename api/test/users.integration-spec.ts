import { Role } from '../src/access/role.enum';
import {
  auditCount,
  countyWithFacility,
  createUser,
  CREATE_USER,
  DEACTIVATE,
  GOOD_PASSWORD,
  ISSUE_CODE,
  REACTIVATE,
  SET_ROLES,
  uniqueName,
  UPDATE_USER,
  USER,
  USERS,
} from './support/accounts';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker } from './support/workforce';

const ME_PERMISSIONS = '{ me { permissions } }';

describe(`users and roles (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let admin: string;
  let registrar: { id: string; token: string }; // South Pyongan (KP-02)
  let otherRegistrar: { id: string; token: string }; // Pyongyang (KP-01)
  let facility: { id: string };
  const others: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
    registrar = await app.newUser(Role.registrar, { regionCode: 'KP-02' });
    otherRegistrar = await app.newUser(Role.registrar, { regionCode: 'KP-01' });
    facility = await firstFacilityIn(app, 'KP-02');
    for (const role of [Role.trainee, Role.author, Role.reviewer]) others[role] = (await app.newUser(role)).token;
  });
  afterAll(() => app.close());

  const traineeFor = async (token = registrar.token, facilityId = facility.id) => {
    const workerId = await registerWorker(app, token, { facilityId, cadre: 'nurse' });
    return { workerId, user: await createUser(app, token, { workerId }) };
  };

  it('refuses every operation to an anonymous caller', async () => {
    const id = registrar.id;
    for (const [query, variables] of [
      [USERS, {}],
      [USER, { id }],
      [CREATE_USER, { input: { username: 'x-anon', displayName: 'x', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }] } }],
      [SET_ROLES, { id, roles: [{ role: 'author' }] }],
      [DEACTIVATE, { id }],
      [ISSUE_CODE, { userId: id }],
    ] as const)
      expect(codeOf(await app.gql(query, variables))).toBe('UNAUTHENTICATED');
  });

  it.each([Role.trainee, Role.author, Role.reviewer])('refuses every operation to a %s', async (role) => {
    const token = others[role];
    const { user } = await traineeFor();
    const input = { username: uniqueName('x'), displayName: 'x', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }] };
    for (const [query, variables] of [
      [USERS, {}],
      [USER, { id: user.id }],
      [CREATE_USER, { input }],
      [UPDATE_USER, { id: user.id, input: { displayName: 'y' } }],
      [SET_ROLES, { id: user.id, roles: [{ role: 'admin' }] }],
      [DEACTIVATE, { id: user.id }],
      [REACTIVATE, { id: user.id }],
      [ISSUE_CODE, { userId: user.id }],
    ] as const)
      expect(codeOf(await app.gql(query, variables, { token }))).toBe('FORBIDDEN');
  });

  it('creates one account when the same username is sent several times at once', async () => {
    const username = `same-${Date.now()}`;
    const input = { username, displayName: '같은 이름', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }] };
    const results = await Promise.all(Array.from({ length: 4 }, () => app.gql(CREATE_USER, { input }, { token: admin })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['USERNAME_TAKEN', 'USERNAME_TAKEN', 'USERNAME_TAKEN']);
    expect((await app.db.query(`SELECT count(*)::int AS n FROM "user" WHERE username = $1`, [username]))[0].n).toBe(1);
  });

  it('lets an admin create a registrar for a county: username normalised, initial password to change, audited', async () => {
    const county = await countyWithFacility(app);
    const name = uniqueName('Kim.Registrar');
    const created = await createUser(app, admin, {
      username: `  ${name.toUpperCase()} `,
      displayName: '김 등록원',
      roles: [{ role: 'registrar', regionId: county.regionId }],
    });
    expect(created).toMatchObject({ username: name.toLowerCase(), mustChangePassword: true, roles: ['registrar'] });
    const read = await app.gql<{ user: { roleAssignments: { region: { code: string } }[] } }>(USER, { id: created.id }, { token: admin });
    expect(read.data!.user.roleAssignments[0].region.code).toBe(county.code);
    expect(await auditCount(app, 'user.created', created.id)).toBe(1);
    // Decomposed Hangul (NFD) is the same username as its composed form.
    const duplicate = await app.gql(
      CREATE_USER,
      { input: { username: name.toUpperCase(), displayName: 'x', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }] } },
      { token: admin },
    );
    expect(codeOf(duplicate)).toBe('USERNAME_TAKEN');
    const hangul = uniqueName('순희');
    await createUser(app, admin, { username: hangul });
    const nfd = await app.gql(
      CREATE_USER,
      { input: { username: hangul.normalize('NFD'), displayName: 'x', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }] } },
      { token: admin },
    );
    expect(codeOf(nfd)).toBe('USERNAME_TAKEN');
  });

  it('lets a registrar create a trainee account for a worker of their region, linking the worker', async () => {
    const { workerId, user } = await traineeFor();
    expect(user).toMatchObject({ roles: ['trainee'], cadre: 'nurse', mustChangePassword: true, worker: { id: workerId } });
    const [row] = await app.db.query(`SELECT user_id FROM worker WHERE id = $1`, [workerId]);
    expect(row.user_id).toBe(user.id);
    const again = await app.gql(
      CREATE_USER,
      { input: { username: uniqueName('again'), displayName: 'x', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }], workerId } },
      { token: registrar.token },
    );
    expect(codeOf(again)).toBe('WORKER_HAS_ACCOUNT');
  });

  it('refuses a registrar other roles, accounts without a worker, and workers of another region', async () => {
    const workerId = await registerWorker(app, registrar.token, { facilityId: facility.id });
    const base = { username: uniqueName('denied'), displayName: 'x', password: GOOD_PASSWORD };
    for (const input of [
      { ...base, roles: [{ role: 'registrar' }], workerId },
      { ...base, roles: [{ role: 'trainee' }, { role: 'author' }], workerId },
      { ...base, roles: [{ role: 'trainee' }] },
    ])
      expect(codeOf(await app.gql(CREATE_USER, { input }, { token: registrar.token }))).toBe('FORBIDDEN');
    const outside = await app.gql(
      CREATE_USER,
      { input: { ...base, roles: [{ role: 'trainee' }], workerId } },
      { token: otherRegistrar.token },
    );
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const [row] = await app.db.query(`SELECT user_id FROM worker WHERE id = $1`, [workerId]);
    expect(row.user_id).toBeNull();
  });

  it('gives and takes roles only for admins, audited, and never an empty set', async () => {
    const { user } = await traineeFor();
    const county = await countyWithFacility(app);
    expect(codeOf(await app.gql(SET_ROLES, { id: user.id, roles: [{ role: 'author' }] }, { token: registrar.token }))).toBe('FORBIDDEN');
    const set = await app.gql<{ setUserRoles: { roles: string[]; roleAssignments: { role: string; region: { code: string } | null }[] } }>(
      SET_ROLES,
      { id: user.id, roles: [{ role: 'trainee' }, { role: 'registrar', regionId: county.regionId }] },
      { token: admin },
    );
    expect(set.data!.setUserRoles.roles.sort()).toEqual(['registrar', 'trainee']);
    expect(set.data!.setUserRoles.roleAssignments.find((a) => a.role === 'registrar')!.region!.code).toBe(county.code);
    expect(await auditCount(app, 'user.roles_changed', user.id)).toBe(1);
    expect(codeOf(await app.gql(SET_ROLES, { id: user.id, roles: [] }, { token: admin }))).toBe('BAD_USER_INPUT');
    // Now a registrar itself, the account is out of other registrars' reach.
    expect(codeOf(await app.gql(DEACTIVATE, { id: user.id }, { token: registrar.token }))).toBe('FORBIDDEN');
  });

  it('gives one effect when the same role change, deactivation or reactivation is sent ten times at once', async () => {
    const { user } = await traineeFor();
    const county = await countyWithFacility(app);
    const roles = [{ role: 'trainee' }, { role: 'author' }, { role: 'registrar', regionId: county.regionId }];
    const ten = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: 10 }, send));
    const set = await ten(() => app.gql<{ setUserRoles: { roles: string[] } }>(SET_ROLES, { id: user.id, roles }, { token: admin }));
    expect(set.map(codeOf)).toEqual(Array(10).fill(undefined));
    expect(set.map((r) => r.data!.setUserRoles.roles.sort())).toEqual(Array(10).fill(['author', 'registrar', 'trainee']));
    expect(await auditCount(app, 'user.roles_changed', user.id)).toBe(1);
    expect((await app.db.query(`SELECT count(*)::int AS n FROM role_assignment WHERE user_id = $1`, [user.id]))[0].n).toBe(3);

    const off = await ten(() => app.gql<{ deactivateUser: { active: boolean } }>(DEACTIVATE, { id: user.id }, { token: admin }));
    expect(off.map((r) => r.data?.deactivateUser.active)).toEqual(Array(10).fill(false));
    expect(await auditCount(app, 'user.deactivated', user.id)).toBe(1);
    const on = await ten(() => app.gql<{ reactivateUser: { active: boolean } }>(REACTIVATE, { id: user.id }, { token: admin }));
    expect(on.map((r) => r.data?.reactivateUser.active)).toEqual(Array(10).fill(true));
    expect(await auditCount(app, 'user.reactivated', user.id)).toBe(1);
  });

  it('lists and filters users with a total; a registrar sees only their region', async () => {
    const { user } = await traineeFor();
    const farAway = await traineeFor(otherRegistrar.token, (await firstFacilityIn(app, 'KP-01')).id);
    type Page = { users: { total: number; items: { id: string; username: string; roles: string[]; active: boolean }[] } };
    const all = await app.gql<Page>(USERS, { search: user.username.toUpperCase() }, { token: admin });
    expect(all.data!.users).toMatchObject({ total: 1, items: [{ id: user.id }] });
    const admins = await app.gql<Page>(USERS, { role: 'admin', first: 1 }, { token: admin });
    expect(admins.data!.users.items).toHaveLength(1);
    expect(admins.data!.users.total).toBeGreaterThanOrEqual(1);
    expect(admins.data!.users.items[0].roles).toContain('admin');
    const mine = await app.gql<Page>(USERS, { first: 200 }, { token: registrar.token });
    const ids = mine.data!.users.items.map((u) => u.id);
    expect(ids).toContain(user.id);
    expect(ids).not.toContain(farAway.user.id);
    expect(mine.data!.users.items.every((u) => !u.roles.includes('admin'))).toBe(true);
    const [pyongyang] = await app.db.query(`SELECT id FROM region WHERE code = 'KP-01'`);
    const byRegion = await app.gql<Page>(USERS, { regionId: pyongyang.id, first: 200 }, { token: admin });
    expect(byRegion.data!.users.items.map((u) => u.id)).toEqual(expect.arrayContaining([farAway.user.id, otherRegistrar.id]));
    expect(byRegion.data!.users.items.map((u) => u.id)).not.toContain(user.id);
    const inactive = await app.gql<Page>(USERS, { active: false, first: 200 }, { token: admin });
    expect(inactive.data!.users.items.every((u) => !u.active)).toBe(true);
    expect(codeOf(await app.gql(USER, { id: farAway.user.id }, { token: registrar.token }))).toBe('FORBIDDEN');
    // One clamp for every list: a page larger than 200 is read as 200; an offset past 10,000 is refused.
    const large = await app.gql<Page>(USERS, { first: 500 }, { token: admin });
    expect(large.data!.users.items.length).toBe(Math.min(large.data!.users.total, 200));
    expect(codeOf(await app.gql(USERS, { offset: 10_001 }, { token: admin }))).toBe('BAD_USER_INPUT');
  });

  it('lets a registrar of the region edit a trainee account, but not one of another region', async () => {
    const { user } = await traineeFor();
    const edited = await app.gql<{ updateUser: { displayName: string; cadre: string; locale: string } }>(
      UPDATE_USER,
      { id: user.id, input: { displayName: '리 영옥', cadre: 'midwife', locale: 'en' } },
      { token: registrar.token },
    );
    expect(edited.data!.updateUser).toEqual({ id: user.id, displayName: '리 영옥', cadre: 'midwife', locale: 'en' });
    expect(await auditCount(app, 'user.updated', user.id)).toBe(1);
    expect(codeOf(await app.gql(UPDATE_USER, { id: user.id, input: { displayName: 'x' } }, { token: otherRegistrar.token }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.gql(UPDATE_USER, { id: otherRegistrar.id, input: { displayName: 'x' } }, { token: registrar.token }))).toBe(
      'FORBIDDEN',
    );
  });

  it('ends a deactivated user’s sessions at once; reactivation lets them sign in again', async () => {
    const county = await countyWithFacility(app);
    const workerId = await registerWorker(app, registrar.token, { facilityId: county.facilityId });
    const user = await createUser(app, admin, { workerId });
    // An account that need not change its password, so the session itself is tested.
    await app.db.query(`UPDATE "user" SET must_change_password = false WHERE id = $1`, [user.id]);
    const token = await app.login(user.username, GOOD_PASSWORD);
    expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBeUndefined();
    expect(codeOf(await app.gql(DEACTIVATE, { id: user.id }, { token: otherRegistrar.token }))).toBe('FORBIDDEN');
    const done = await app.gql<{ deactivateUser: { active: boolean } }>(DEACTIVATE, { id: user.id }, { token: registrar.token });
    expect(done.data!.deactivateUser.active).toBe(false);
    expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    expect((await app.db.query(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [user.id]))[0].n).toBe(0);
    expect(
      codeOf(
        await app.gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
          u: user.username,
          p: GOOD_PASSWORD,
        }),
      ),
    ).toBe('INVALID_CREDENTIALS');
    expect(await auditCount(app, 'user.deactivated', user.id)).toBe(1);
    const back = await app.gql<{ reactivateUser: { active: boolean } }>(REACTIVATE, { id: user.id }, { token: admin });
    expect(back.data!.reactivateUser.active).toBe(true);
    expect(await auditCount(app, 'user.reactivated', user.id)).toBe(1);
    await expect(app.login(user.username, GOOD_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('refuses to deactivate yourself or to leave the install without an active admin', async () => {
    const me = (await app.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin })).data!.me.id;
    expect(codeOf(await app.gql(DEACTIVATE, { id: me }, { token: admin }))).toBe('CANNOT_DEACTIVATE_SELF');
    const others = await app.db.query<{ id: string }[]>(
      `SELECT id FROM "user" WHERE id <> $1 AND is_active AND id IN (SELECT user_id FROM role_assignment WHERE role = 'admin')`,
      [me],
    );
    await app.db.query(`UPDATE "user" SET is_active = false WHERE id = ANY($1)`, [others.map((o) => o.id)]);
    try {
      expect(codeOf(await app.gql(SET_ROLES, { id: me, roles: [{ role: 'author' }] }, { token: admin }))).toBe('LAST_ADMIN');
    } finally {
      if (others.length) await app.db.query(`UPDATE "user" SET is_active = true WHERE id = ANY($1)`, [others.map((o) => o.id)]);
    }
    expect((await app.gql<{ me: { roles: string[] } }>('{ me { roles } }', {}, { token: admin })).data!.me.roles).toEqual(['admin']);
  });

  it('tells each role its permissions in `me { permissions }`', async () => {
    const permissions = async (token: string) =>
      (await app.gql<{ me: { permissions: string[] } }>(ME_PERMISSIONS, {}, { token })).data!.me.permissions;
    expect(await permissions(others.trainee)).toContain('learning:record');
    expect(await permissions(others.trainee)).not.toContain('users:read');
    expect(await permissions(registrar.token)).toEqual(expect.arrayContaining(['users:read', 'users:accounts', 'licences:manage']));
    expect(await permissions(registrar.token)).not.toContain('users:manage');
    expect(await permissions(admin)).toContain('users:manage');
  });
});
