// `npm run bench`: throughput and p95 latency of the GraphQL lesson query against a bare node:http + pg server
// returning the same row, on the same database. Figures go to bench/results/lesson-query.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBareServer } from './bare-server.mjs';
import { load } from './load.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { startEmbeddedDatabase } = require(join(root, 'api/dist/database/embedded-database.js'));
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 100;
const LESSON = `query Lesson($id: ID!) { lesson(id: $id) { id title titleEn body objectives references { title year } } }`;

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-bench-')));
const databaseUrl = process.env.DATABASE_URL ?? embedded.url;
const port = 3200;
const password = 'bench-password-1234';
const appUrl = `http://127.0.0.1:${port}`;
let app;

try {
  // Production mode, as a real install runs: content and the account are set up with the operator commands.
  await runNode(['api/dist/cli/content-import.js']);
  // On a reused server database the account may exist already; the login below tells.
  await runNode(['api/dist/cli/create-admin.js', 'bench'], { DARI_ADMIN_PASSWORD: password }).catch(() => undefined);
  app = spawn('node', ['api/dist/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  });
  await waitFor(`${appUrl}/health`);
  const token = await benchToken();
  const lessonId = await firstLessonId(token);
  const body = { query: LESSON, variables: { id: lessonId } };
  const check = await post(`${appUrl}/graphql`, body, token);
  if (!check.data?.lesson) throw new Error(`lesson query failed: ${JSON.stringify(check.errors)}`);

  console.log(`GraphQL lesson query (${connections} connections, ${duration} s) ...`);
  const graphql = await load({ url: `${appUrl}/graphql`, body, headers: { authorization: `Bearer ${token}` }, connections, duration });
  await stopApp(); // frees its pooled connections: the embedded server accepts a bounded number
  const bare = await startBareServer(databaseUrl);
  console.log(`bare node:http + pg (${connections} connections, ${duration} s) ...`);
  const baseline = await load({ url: bare.url, body, connections, duration });
  await bare.stop();

  const result = {
    date: new Date().toISOString(),
    database: process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite',
    connections,
    durationSeconds: duration,
    lessonId,
    graphql,
    bare: baseline,
    throughputRatio: Math.round((graphql.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000,
    p95Ratio: Math.round((graphql.latencyMs.p95 / baseline.latencyMs.p95) * 1000) / 1000,
    note: 'The GraphQL path also authenticates the session and checks access on every request; the bare server does not.',
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/lesson-query.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n                 req/s      p95 ms`);
  console.log(`GraphQL     ${pad(graphql.requestsPerSecond)}  ${pad(graphql.latencyMs.p95)}`);
  console.log(`bare        ${pad(baseline.requestsPerSecond)}  ${pad(baseline.latencyMs.p95)}`);
  console.log(`ratio (GraphQL / bare): throughput ${result.throughputRatio}, p95 ${result.p95Ratio}`);
  console.log('written to bench/results/lesson-query.json');
} finally {
  await stopApp();
  await embedded?.stop();
}

async function stopApp() {
  if (!app || app.exitCode !== null) return;
  app.kill('SIGTERM');
  await new Promise((resolve) => app.once('exit', resolve));
}

async function runNode(args, env = {}) {
  const child = spawn('node', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...env } });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} failed (${code})`);
}

async function benchToken() {
  const login = await post(`${appUrl}/graphql`, {
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    variables: { u: 'bench', p: password },
  });
  if (!login.data) throw new Error(`bench login failed: ${JSON.stringify(login.errors)}`);
  return login.data.login.accessToken;
}

async function firstLessonId(token) {
  const r = await post(`${appUrl}/graphql`, { query: '{ courses { modules { lessons { id } } } }' }, token);
  const id = r.data?.courses?.[0]?.modules?.[0]?.lessons?.[0]?.id;
  if (!id) throw new Error('no lesson to query: import content first');
  return id;
}

async function post(url, body, token) {
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

function pad(n) {
  return String(n).padStart(9);
}
