import { Session } from '../src/auth/session.entity';
import { codeOf, DEMO_USERS, LOGIN, startTestApp, type TestApp } from './support/test-app';

const ME = '{ me { username displayName roles roleAssignments { role region { name } } } }';

describe(`sign-in and sessions (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  // Attempt counts live in the shared database now: leave no lockout behind for the specs that follow.
  afterAll(async () => {
    await app.db.query('DELETE FROM login_attempt');
    await app.close();
  });

  it.each(DEMO_USERS)('demo account %s signs in and `me` returns its username and role', async (username) => {
    const token = await app.login(username);
    const result = await app.gql<{ me: { username: string; roles: string[] } }>(ME, {}, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.me.username).toBe(username);
    expect(result.data!.me.roles).toEqual([username]);
  });

  it('scopes the demo registrar to South Pyongan', async () => {
    const token = await app.login('registrar');
    const result = await app.gql<{ me: { roleAssignments: { region: { name: string } }[] } }>(ME, {}, { token });
    expect(result.data!.me.roleAssignments[0].region.name).toBe('평안남도');
  });

  it('refuses a wrong password and an unknown user alike, in Korean and English', async () => {
    for (const username of ['author', 'nobody-by-this-name']) {
      const result = await app.gql(LOGIN, { username, password: 'not-the-password' });
      expect(result.data).toBeNull();
      expect(codeOf(result)).toBe('INVALID_CREDENTIALS');
      expect(result.errors![0].extensions.messageKo).toBe('사용자이름 또는 암호가 틀렸습니다.');
      expect(result.errors![0].extensions.messageEn).toBe('Wrong username or password.');
    }
  });

  it('refuses protected operations without a token, and with a made-up one', async () => {
    expect(codeOf(await app.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(ME, {}, { token: 'made-up-token' }))).toBe('UNAUTHENTICATED');
  });

  it('reports an expired session as TOKEN_EXPIRED', async () => {
    const token = await app.login('reviewer');
    await app.db
      .getRepository(Session)
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('user_id = (SELECT id FROM "user" WHERE username = :u)', { u: 'reviewer' })
      .execute();
    const result = await app.gql(ME, {}, { token });
    expect(codeOf(result)).toBe('TOKEN_EXPIRED');
    expect(result.errors![0].extensions.messageKo).toContain('다시 들어가십시오');
  });

  it('signs in with the httpOnly cookie the web app uses, and logout ends the session at once', async () => {
    const login = await app.gql(LOGIN, { username: 'trainee', password: 'dari-demo' });
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/dari_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0];
    expect(codeOf(await app.gql(ME, {}, { cookie }))).toBeUndefined();
    const logout = await app.gql('mutation { logout }', {}, { cookie });
    expect(logout.data).toEqual({ logout: true });
    expect(codeOf(await app.gql(ME, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('rejects invalid login input with BAD_USER_INPUT instead of a server error', async () => {
    const result = await app.gql(LOGIN, { username: '', password: 'x' });
    expect(result.status).toBe(200);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.messageKo).toContain('입력이 올바르지 않습니다');
  });

  it('limits repeated failed sign-ins, even when the right password follows', async () => {
    for (let i = 0; i < 5; i++) await app.gql(LOGIN, { username: 'admin', password: `guess-${i}` });
    const result = await app.gql(LOGIN, { username: 'admin', password: 'dari-demo' });
    expect(codeOf(result)).toBe('TOO_MANY_ATTEMPTS');
    expect(result.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('stores argon2id hashes, never the password', async () => {
    const [row] = await app.db.query(`SELECT password_hash FROM "user" WHERE username = 'trainee'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('audits every role assignment', async () => {
    const rows = await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'role.assigned'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(DEMO_USERS.length);
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ production: true, demo: false })));
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const result = await app.gql('{ __schema { types { name } } }');
    expect(result.data).toBeUndefined();
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no GraphQL IDE', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });
});
