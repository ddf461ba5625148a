// Part of `npm run bench`: createWorkerAccounts for 500 workers in one call (issue 17 target: under 10 s on
// embedded PGlite), and the slips PDF of those 500. Figures go to bench/results/accounts.json.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { prepareDatabase, signIn, startApp } from './lib/app.mjs';
import { benchDatabase } from './lib/database.mjs';
import { writeResult } from './lib/results.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const WORKERS = 500;
const RUNS = 3;
const CREATE = `mutation ($workerIds: [UUID!]!) { createWorkerAccounts(workerIds: $workerIds) { accounts { workerId username oneTimePassword } skipped { workerId } } }`;

/** Setup only, straight into the database: a facility and 500 workers without accounts. */
async function freshWorkers(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomUUID().slice(0, 8);
    const [facility] = (
      await client.query(
        `INSERT INTO facility (code, name, name_en, level, region_id) SELECT $1, '벤치 병원', 'Bench hospital', 'city_county', id FROM region WHERE depth = 1 ORDER BY path LIMIT 1 RETURNING id`,
        [`F-BENCH-${tag}`],
      )
    ).rows;
    const workers = await client.query(
      `INSERT INTO worker (registration_number, name, cadre, facility_id) SELECT 'B-' || $1 || '-' || g, '일군 ' || g, 'nurse', $2 FROM generate_series(1, $3::int) g RETURNING id`,
      [tag, facility.id, WORKERS],
    );
    return workers.rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

const seconds = (start) => Math.round(Number(process.hrtime.bigint() - start) / 1e7) / 100;
const database = await benchDatabase();
try {
  await prepareDatabase(database.url);
  const app = await startApp(database.url, PORT);
  try {
    const { token, gql } = await signIn(app.url);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const ids = await freshWorkers(database.url);
      let start = process.hrtime.bigint();
      const result = await gql(CREATE, { workerIds: ids });
      const createSeconds = seconds(start);
      if (result.errors || result.data.createWorkerAccounts.accounts.length !== WORKERS)
        throw new Error(`createWorkerAccounts: ${JSON.stringify(result.errors)}`);
      start = process.hrtime.bigint();
      const pdf = await fetch(`${app.url}/accounts/slips.pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ accounts: result.data.createWorkerAccounts.accounts }),
      });
      const bytes = (await pdf.arrayBuffer()).byteLength;
      if (pdf.status !== 201) throw new Error(`slips.pdf: ${pdf.status}`);
      runs.push({ createSeconds, slipsPdfSeconds: seconds(start), slipsPdfKiB: Math.round(bytes / 1024) });
      console.log(`run ${i + 1}: ${WORKERS} accounts in ${createSeconds} s; slips PDF in ${runs.at(-1).slipsPdfSeconds} s`);
    }
    const sorted = runs.map((r) => r.createSeconds).sort((a, b) => a - b);
    writeResult('accounts', {
      database: database.description,
      workers: WORKERS,
      target: `createWorkerAccounts of ${WORKERS} workers in one transaction under 10 s on embedded PGlite`,
      medianCreateSeconds: sorted[Math.floor(RUNS / 2)],
      runs,
    });
  } finally {
    await app.stop();
  }
} finally {
  await database.stop();
}
