import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { type NationalSizes, nationalSizes } from './national-sizes';
import { NATIONAL_PREFIX, nationalSteps } from './national-steps';

/** Exit code of a refusal (EX_CONFIG): the command was pointed at a database it must not fill. */
export const REFUSED_EXIT_CODE = 78;

export class SeedRefusedError extends Error {}

export const VACUUMED = [
  'region',
  'facility',
  'worker',
  'worker_posting',
  'licence',
  'credit_entry',
  'retraining_plan',
  'course_completion',
  'enrolment',
  '"user"',
  'role_assignment',
];

/**
 * The national data set goes only into a PostgreSQL server: unset DATABASE_URL means the embedded database,
 * and a URL may also point at an embedded PGlite behind its socket (as `npm start` and the test suite run it),
 * which reports itself in version(). Checked before the app (and its migrations) ever opens the database.
 */
export async function refuseEmbedded(url: string | undefined): Promise<void> {
  const advice = 'Set DATABASE_URL=postgres://user@host:5432/db to a PostgreSQL server (see README, "Running at national scale").';
  if (!url) {
    throw new SeedRefusedError(
      `seed:national refuses the embedded database: DATABASE_URL is not set. The embedded PGlite runs one query at a time and is not sized for a national data set. ${advice}`,
    );
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ version }] = (await client.query<{ version: string }>('SELECT version()')).rows;
    if (/pglite|emscripten|wasm32/i.test(version)) {
      throw new SeedRefusedError(
        `seed:national refuses the embedded database: DATABASE_URL points at PGlite (${version.split(' on ')[0]}). ${advice}`,
      );
    }
  } finally {
    await client.end();
  }
}

export interface SeedReport {
  sizes: NationalSizes;
  seconds: number;
  steps: { name: string; seconds: number }[];
}

/**
 * Fills the database with the national data set in one transaction (all of it or nothing), then vacuums and analyses the
 * tables so the planner sees their real sizes. Refuses a database that already holds it, and one without
 * content (curricula and lessons), which the plans and progress events refer to.
 */
export async function seedNational(
  db: DataSource,
  workers: number,
  passwordHash: string,
  log: (line: string) => void = () => undefined,
): Promise<SeedReport> {
  const [{ seeded }]: { seeded: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM worker WHERE registration_number LIKE $1) AS seeded`,
    [`${NATIONAL_PREFIX}%`],
  );
  if (seeded) throw new SeedRefusedError('this database already holds the national data set (workers numbered N-…): seed a new database');
  const [{ lessons, curricula, tops }]: { lessons: number; curricula: number; tops: number }[] = await db.query(
    `SELECT (SELECT count(*) FROM lesson)::int AS lessons, (SELECT count(*) FROM curriculum)::int AS curricula, (SELECT count(*) FROM region WHERE depth = 0)::int AS tops`,
  );
  if (!lessons || !curricula)
    throw new SeedRefusedError('no content: import it first (npm run content:import), the plans and progress events refer to its lessons');
  const sizes = nationalSizes(workers, tops);
  const started = Date.now();
  const steps: SeedReport['steps'] = [];
  await db.transaction(async (manager) => {
    // Bulk load settings for this transaction only: no per-statement timeout (the app's 30 s guards requests,
    // not this), sorts and hash joins in memory, no wait on each WAL flush.
    await manager.query(`SET LOCAL statement_timeout = 0`);
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await manager.query(`SET LOCAL synchronous_commit = off`);
    for (const step of nationalSteps(sizes)) {
      const at = Date.now();
      for (const statement of step.sql
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        await manager.query(statement, step.withHash && statement.includes('$1') ? [passwordHash] : undefined);
      }
      steps.push({ name: step.name, seconds: (Date.now() - at) / 1000 });
      log(`  ${step.name}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
    }
  });
  const at = Date.now();
  const runner = db.createQueryRunner();
  try {
    await runner.query(`SET statement_timeout = 0`);
    // VACUUM sets the visibility map, so counts and list pages can be index-only scans from the first request;
    // the 20 M progress events (not read by registrars) are only analysed.
    for (const table of VACUUMED) await runner.query(`VACUUM (ANALYZE) ${table}`);
    for (const table of ['progress_event', 'lesson_progress']) await runner.query(`ANALYZE ${table}`);
  } finally {
    await runner.release();
  }
  steps.push({ name: 'vacuum and analyse', seconds: (Date.now() - at) / 1000 });
  return { sizes, seconds: (Date.now() - started) / 1000, steps };
}
