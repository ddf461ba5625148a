// EXPLAIN (ANALYZE, BUFFERS) of the registrar SQL exactly as the API builds it (api/dist's query builders),
// and the results table of bench/registry-national.mjs in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export async function explainAll(url, scopes, cursors, require, root) {
  const { Client } = require('pg');
  const list = require(join(root, 'api/dist/licensing/registry/worker-list.query.js'));
  const registry = require(join(root, 'api/dist/licensing/registry/registry.query.js'));
  const client = new Client({ connectionString: url });
  await client.connect();
  const out = [];
  try {
    for (const [scope, { paths }] of Object.entries(scopes)) {
      const statements = [
        ['workers, first page', list.workerPageSql(paths, {}, { limit: 50 })],
        ['workers, name search', list.workerPageSql(paths, { search: '김철' }, { limit: 50 })],
        ['workers, registration number search', list.workerPageSql(paths, { search: 'N-00123' }, { limit: 50 })],
        ['workers, last page (keyset)', list.workerPageSql(paths, {}, { limit: 50, after: cursors[scope] })],
        ['workerCount', list.workerCountSql(paths, {})],
        ['workerCount, name search', list.workerCountSql(paths, { search: '김철' })],
        ['expiringLicences(90): total', registry.expiringCountSql(paths, 90)],
        ['expiringLicences(90): page', registry.expiringPageSql(paths, 90, { limit: 50, offset: 0 })],
        ['retrainingCompliance', registry.complianceSql(paths)],
        ['workers.csv: one batch of 5,000', list.workerExportSql(paths, {}, undefined, 5000)],
      ];
      for (const [name, { sql, params }] of statements) {
        const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
        out.push({ scope, name, sql, params, plan });
      }
    }
  } finally {
    await client.end();
  }
  return out;
}

export function writeReport({ workers, seedSeconds, size, counts, postgres, results, explains }) {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${postgres}; load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (shared machine)`;
  const date = new Date().toISOString();
  writeFileSync(
    join(dir, 'registry.json'),
    `${JSON.stringify({ date, machine, workers, seedSeconds, size, counts, ...results }, null, 2)}\n`,
  );
  const byQuery = new Map();
  for (const r of results.queries) byQuery.set(r.query, { ...byQuery.get(r.query), [r.scope]: r });
  const cell = (r) => (r ? `${r.p50} / ${r.p95}${r.p95 < 100 ? '' : ' ⚠'}` : '');
  const md = [
    `# Registrar queries on the national data set`,
    '',
    `${date} · ${machine}`,
    '',
    `Data: ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k.replace('_', ' ')}`)
      .join(', ')}; ${size}${seedSeconds ? `; seeded in ${seedSeconds} s` : ''}.`,
    `Each query: ${results.queries[0]?.runs} sequential GraphQL requests after 3 warm-ups, over HTTP to the built API (production mode).`,
    '',
    '| registrar query | national p50 / p95 ms | provincial (South Pyongan) p50 / p95 ms |',
    '|---|---|---|',
    ...[...byQuery].map(([name, r]) => `| ${name} | ${cell(r.national)} | ${cell(r.provincial)} |`),
    '',
    '| `/exports/workers.csv` (national) | seconds | MB | rows | server RSS before → peak (MB) |',
    '|---|---|---|---|---|',
    ...results.export.map(
      (e, i) => `| run ${i + 1} (HTTP ${e.status}) | ${e.seconds} | ${e.megabytes} | ${e.rows} | ${e.rssMb.before} → ${e.rssMb.peak} |`,
    ),
    '',
    "Plans: registry-explain.md (EXPLAIN (ANALYZE, BUFFERS) of the SQL each query runs, built by the API's own query builders).",
    '',
  ].join('\n');
  writeFileSync(join(dir, 'registry.md'), md);
  const explain = [
    `# EXPLAIN (ANALYZE, BUFFERS) of the registrar SQL`,
    '',
    `${date} · ${machine} · ${workers.toLocaleString('en')} workers`,
    '',
  ];
  for (const e of explains)
    explain.push(
      `## ${e.name} (${e.scope})`,
      '',
      '```sql',
      e.sql.trim(),
      `-- params: ${JSON.stringify(e.params)}`,
      '```',
      '',
      '```',
      e.plan,
      '```',
      '',
    );
  writeFileSync(join(dir, 'registry-explain.md'), explain.join('\n'));
  console.log(md);
  console.log('written to bench/results/registry.json, registry.md, registry-explain.md');
}
