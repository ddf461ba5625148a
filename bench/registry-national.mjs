// The national data set and the registrar's queries on it: seeds PostgreSQL with `--workers N` (default the
// study's 200,000), starts the built API in production mode on it, times every registrar query in national
// and provincial scope (p50/p95 over sequential requests) and the worker CSV export (time, size, server RSS),
// and keeps EXPLAIN (ANALYZE, BUFFERS) of the SQL each query runs. Results: bench/results/registry.{json,md}
// and bench/results/registry-explain.md. Needs PostgreSQL at DARI_BENCH_PG (default postgres@127.0.0.1:5432);
// without it the bench says so and exits 0. DARI_NATIONAL_URL reuses an already seeded database (kept).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainAll, writeReport } from './registry-report.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { workerCursor } = require(join(root, 'api/dist/licensing/registry/worker-cursor.js'));

const SERVER = process.env.DARI_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const argAt = process.argv.indexOf('--workers');
const WORKERS = Number(argAt > 0 ? process.argv[argAt + 1] : (process.env.DARI_BENCH_WORKERS ?? 200_000));
const REUSE = process.env.DARI_NATIONAL_URL;
const DB_URL = REUSE ?? `${SERVER}/dari_national`;
const PASSWORD = 'national-bench-pass';
const RUNS = Number(process.env.DARI_BENCH_RUNS ?? 40);
const PORT = Number(process.env.DARI_BENCH_PORT ?? 3291);

const sql = async (url, text, params) => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
};

const run = (args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });

const post = async (url, body, token) =>
  (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
  ).json();

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n) => Math.round(n * 10) / 10;

async function time(fn, runs = RUNS) {
  for (let i = 0; i < 3; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const at = performance.now();
    await fn();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), runs };
}

const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** The worker CSV as a registrar downloads it, with the server's RSS sampled every 50 ms meanwhile. */
async function exportRun(appUrl, token, pid) {
  const samples = [rssOf(pid)];
  const timer = setInterval(() => samples.push(rssOf(pid)), 50);
  const at = performance.now();
  const res = await fetch(`${appUrl}/exports/workers.csv`, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - at) / 1000;
  clearInterval(timer);
  return {
    status: res.status,
    seconds: Math.round(seconds * 100) / 100,
    megabytes: round(bytes / 1e6),
    rows: lines - 1,
    rssMb: { before: Math.round(samples[0]), peak: Math.round(Math.max(...samples)) },
  };
}

async function main() {
  try {
    await sql(`${SERVER}/postgres`, 'SELECT 1');
  } catch {
    console.log(`registry bench skipped: no PostgreSQL at ${SERVER} (set DARI_BENCH_PG)`);
    return;
  }
  let seedSeconds = null;
  if (!REUSE) {
    await sql(`${SERVER}/postgres`, 'DROP DATABASE IF EXISTS dari_national WITH (FORCE)');
    await sql(`${SERVER}/postgres`, 'CREATE DATABASE dari_national');
    const at = performance.now();
    await run(['api/dist/cli/seed-national.js', '--workers', String(WORKERS)], {
      DATABASE_URL: DB_URL,
      DARI_SEED_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    });
    seedSeconds = round((performance.now() - at) / 1000);
  }
  // Two seeded accounts become the bench's admin (national scope) and South Pyongan's registrar.
  await sql(
    DB_URL,
    `INSERT INTO role_assignment (user_id, role, region_id)
    SELECT u.id, x.role, (SELECT id FROM region WHERE code = x.region) FROM "user" u JOIN (VALUES ('n-0000001', 'admin', NULL), ('n-0000002', 'registrar', 'KP-02')) x(username, role, region)
    ON x.username = u.username ON CONFLICT DO NOTHING`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'dari-bench-national-'));
  const app = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: DB_URL, DARI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  });
  const appUrl = `http://127.0.0.1:${PORT}`;
  try {
    for (
      let i = 0;
      !(await fetch(`${appUrl}/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 720 || app.exitCode !== null) throw new Error('the API did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    const login = async (u) =>
      (
        await post(`${appUrl}/graphql`, {
          query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
          variables: { u, p: PASSWORD },
        })
      ).data.login.accessToken;
    const scopes = {
      national: { token: await login('n-0000001'), paths: null },
      provincial: { token: await login('n-0000002'), paths: ['KP-02/'] },
    };
    const results = await measure(appUrl, scopes, app.pid);
    const explains = await explainAll(DB_URL, scopes, await deepCursors(), require, root);
    const [{ size }] = await sql(DB_URL, `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    const counts = (
      await sql(
        DB_URL,
        `SELECT (SELECT count(*) FROM worker)::int AS workers, (SELECT count(*) FROM facility)::int AS facilities, (SELECT count(*) FROM licence)::int AS licences,
      (SELECT count(*) FROM credit_entry)::int AS credit_entries, (SELECT count(*) FROM retraining_plan)::int AS plans, (SELECT count(*) FROM progress_event)::int AS progress_events`,
      )
    )[0];
    const [{ version }] = await sql(DB_URL, 'SELECT version()');
    writeReport({ workers: WORKERS, seedSeconds, size, counts, postgres: version.split(' on ')[0], results, explains });
  } finally {
    app.kill('SIGTERM');
    await new Promise((r) => (app.exitCode !== null ? r() : app.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
    if (!REUSE && !process.argv.includes('--keep')) await sql(`${SERVER}/postgres`, 'DROP DATABASE IF EXISTS dari_national WITH (FORCE)');
  }

  async function deepCursors() {
    const at = async (where, params) => {
      const [row] = await sql(
        DB_URL,
        `SELECT w.name, w.registration_number AS "registrationNumber" FROM worker w ${where} ORDER BY w.name, w.registration_number OFFSET (SELECT count(*) - 50 FROM worker w ${where}) LIMIT 1`,
        params,
      );
      return row;
    };
    const province = `WHERE w.facility_id IN (SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%')`;
    return { national: await at(''), provincial: await at(province) };
  }

  async function measure(url, scopesByName, pid) {
    const cursors = await deepCursors();
    const WORKER_FIELDS =
      'id registrationNumber name cadre cursor facility { id code name nameEn } licences { id number status expiresOn }';
    const queries = (scope) => [
      ['workers, first page', `{ workers(first: 50) { items { ${WORKER_FIELDS} } } }`],
      ['workers, name search', `{ workers(first: 50, filter: { search: "김철" }) { items { ${WORKER_FIELDS} } } }`],
      ['workers, registration number search', `{ workers(first: 50, filter: { search: "N-00123" }) { items { ${WORKER_FIELDS} } } }`],
      [
        'workers, last page (keyset)',
        `query ($a: String) { workers(first: 50, after: $a) { items { ${WORKER_FIELDS} } } }`,
        { a: workerCursor(cursors[scope]) },
      ],
      ['workers { total }', '{ workers { total } }'],
      ['workers { total }, name search', '{ workers(filter: { search: "김철" }) { total } }'],
      [
        'expiringLicences(90)',
        '{ expiringLicences(days: 90, first: 50) { total items { daysLeft licence { id number expiresOn status } worker { id name registrationNumber facility { id code name } } } } }',
      ],
      ['retrainingCompliance', '{ retrainingCompliance { facilityId facilityCode facilityName plans done overdue } }'],
    ];
    const rows = [];
    for (const [scope, { token }] of Object.entries(scopesByName)) {
      for (const [name, query, variables] of queries(scope)) {
        const check = await post(`${url}/graphql`, { query, variables }, token);
        if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
        rows.push({ scope, query: name, ...(await time(() => post(`${url}/graphql`, { query, variables }, token))) });
        console.log(rows.at(-1));
      }
    }
    const exports = [];
    for (let i = 0; i < 3; i++) exports.push(await exportRun(url, scopesByName.national.token, pid));
    console.log(exports);
    return { queries: rows, export: exports };
  }
}

await main();
