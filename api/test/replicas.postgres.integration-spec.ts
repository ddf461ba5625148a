import { trustedKeys, verifyRevocationList } from '@dari/credentials';
import { postgresDatabase, recreateDatabase } from './support/databases';
import { childEnv, cliScript, gqlAt, loginAt, runNode, type ServerProcess, startServer, tempDir } from './support/server-process';

const PASSWORD = 'replica-password-1234';
const ME = '{ me { username } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';

// Two API processes on one PostgreSQL database and one shared data folder, as docker-compose.yml runs them
// behind the proxy: whatever one replica does, the other must honour. (Embedded PGlite is one process by design.)
describe('two API replicas on one PostgreSQL database', () => {
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const databaseUrl = postgresDatabase('dari_test_replicas');
    await recreateDatabase(databaseUrl);
    const env = childEnv(tempDir('replicas'), { DATABASE_URL: databaseUrl, DARI_ADMIN_PASSWORD: PASSWORD });
    for (const name of ['one', 'two']) {
      const created = await runNode(cliScript('create-admin'), [name], env);
      if (created.code !== 0) throw new Error(created.output);
    }
    // Started together: both find no signing key yet, and must end up with the same one.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('honours a session signed in on one replica on the other, and a logout on either everywhere', async () => {
    const token = await loginAt(a.url, 'one', PASSWORD);
    expect((await gqlAt(b.url, ME, {}, token)).data).toEqual({ me: { username: 'one' } });
    expect((await gqlAt(b.url, 'mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await gqlAt(a.url, ME, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('counts failed sign-ins across replicas: three on one and two on the other lock the account on both', async () => {
    const wrong = (url: string, i: number) => gqlAt(url, LOGIN, { u: 'two', p: `guess-${i}` });
    for (let i = 0; i < 3; i++) expect((await wrong(a.url, i)).errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    for (let i = 3; i < 5; i++) expect((await wrong(b.url, i)).errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    for (const url of [a.url, b.url])
      expect((await gqlAt(url, LOGIN, { u: 'two', p: PASSWORD })).errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('signs with one certificate key: what one replica signs verifies with the key the other publishes', async () => {
    const keyOf = async (url: string) =>
      (await (await fetch(`${url}/.well-known/dari-certificate-key`)).json()) as { publicKeyMultibase: string };
    const [keyA, keyB] = await Promise.all([keyOf(a.url), keyOf(b.url)]);
    expect(keyA.publicKeyMultibase).toBe(keyB.publicKeyMultibase);
    const list = await (await fetch(`${a.url}/certificates/revocations.json`)).json();
    expect(verifyRevocationList(list, { keys: trustedKeys([keyB.publicKeyMultibase]) })).toMatchObject({ valid: true });
  });
});
