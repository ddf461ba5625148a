// The app as a real install runs it, for benchmarks: production mode on the embedded PGlite (or DATABASE_URL),
// content imported and an account created with the operator commands.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { startEmbeddedDatabase } = require(join(root, 'api/dist/database/embedded-database.js'));
const password = 'bench-password-1234';

export async function startBenchApp(port) {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-bench-')));
  const databaseUrl = process.env.DATABASE_URL ?? embedded.url;
  const appUrl = `http://127.0.0.1:${port}`;
  const runNode = async (args, env = {}) => {
    const child = spawn('node', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...env } });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`${args.join(' ')} failed (${code})`);
  };
  await runNode(['api/dist/cli/content-import.js']);
  // On a reused server database the account may exist already; the login below tells.
  await runNode(['api/dist/cli/create-admin.js', 'bench'], { DARI_ADMIN_PASSWORD: password }).catch(() => undefined);
  const app = spawn('node', ['api/dist/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  });
  const stopApp = async () => {
    if (app.exitCode !== null) return;
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  };
  try {
    await waitFor(`${appUrl}/health`);
    const login = await post(`${appUrl}/graphql`, {
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      variables: { u: 'bench', p: password },
    });
    if (!login.data) throw new Error(`bench login failed: ${JSON.stringify(login.errors)}`);
    const token = login.data.login.accessToken;
    return {
      appUrl,
      databaseUrl,
      token,
      gql: (query, variables) => post(`${appUrl}/graphql`, { query, variables }, token),
      stopApp,
      async stop() {
        await stopApp();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await stopApp();
    await embedded?.stop();
    throw error;
  }
}

export async function post(url, body, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json();
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`app did not start: ${url}`);
}

export function writeResult(name, result) {
  return import('node:fs').then(({ mkdirSync, writeFileSync }) => {
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, `bench/results/${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`written to bench/results/${name}.json`);
  });
}

export const pad = (n) => String(n).padStart(9);
