import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-accounts';
import { EXIT_WRONG_MODE } from '../src/demo/install-mode.service';
import { childEnv, cliScript, gqlAt, runNode, startServer, tempDir } from './support/server-process';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const loginCode = async (url: string, username: string, password: string) =>
  (await gqlAt(url, LOGIN, { u: username, p: password })).errors?.[0]?.extensions.code ?? 'OK';

// One data folder goes through a demo start, then production starts; each step on the real built server.
describe('demo data never reaches production', () => {
  const dataDir = tempDir('mode');
  const demo = childEnv(dataDir, { DARI_DEMO: 'true' });
  const production = childEnv(dataDir, { NODE_ENV: 'production' });
  const NEW_PASSWORD = 'a-new-admin-password-2027';

  it('a production start disables every account whose password is the demo password, and says how to reset it', async () => {
    const first = await startServer(demo);
    expect(await loginCode(first.url, 'admin', DEMO_PASSWORD)).toBe('OK');
    await first.stop();

    const server = await startServer(production);
    try {
      for (const { username } of DEMO_ACCOUNTS) {
        expect(await loginCode(server.url, username, DEMO_PASSWORD)).toBe('INVALID_CREDENTIALS');
        expect(server.output()).toContain(`account ${username} disabled: its password is the demo password`);
      }
      expect(server.output()).toContain('npm run admin:reset-password -- admin');
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('refuses demo mode on the database that production has used, with a clear message and exit code', async () => {
    const refused = await startServer(demo);
    const { code, output } = await refused.exit;
    expect(code).toBe(EXIT_WRONG_MODE);
    expect(output).toContain('This database holds production data');
    expect(output).not.toContain('Dari listening');
  }, 120_000);

  it('gives a disabled account a new password (never the demo one) and signs it in', async () => {
    const weak = await runNode(cliScript('reset-password'), ['admin'], { ...production, DARI_ADMIN_PASSWORD: DEMO_PASSWORD });
    expect(weak).toMatchObject({ code: 1, output: expect.stringContaining('the demo password is published') });
    const reset = await runNode(cliScript('reset-password'), ['admin'], { ...production, DARI_ADMIN_PASSWORD: NEW_PASSWORD });
    expect(reset).toMatchObject({ code: 0, output: expect.stringContaining('password of "admin" set') });

    const server = await startServer(production);
    try {
      expect(await loginCode(server.url, 'admin', NEW_PASSWORD)).toBe('OK');
      expect(await loginCode(server.url, 'trainee', DEMO_PASSWORD)).toBe('INVALID_CREDENTIALS');
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('create-admin reads the password from a pipe without echoing it', async () => {
    const created = await runNode(cliScript('create-admin'), ['operator'], production, { input: `${NEW_PASSWORD}\n` });
    expect(created).toMatchObject({ code: 0, output: expect.stringContaining('admin "operator" created') });
    expect(created.output).not.toContain(NEW_PASSWORD);
  }, 120_000);
});
