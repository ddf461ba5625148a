import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresDatabase, recreateDatabase } from './support/databases';
import { childEnv, cliScript, type Finished, ROOT, runNode, tempDir } from './support/server-process';

const WORKERS = 1000;
const FACILITY = 'F-KP-02-PYONGWON-HOSP';

// A records package is applied in one transaction. Here the import is killed with SIGKILL (with the embedded
// database's own process: a power cut) once it has read half of the package, i.e. in the middle of writing;
// the database then holds nothing of the package, and the same command run again applies all of it once.
describe(`records:import killed half-way (${WORKERS} workers)`, () => {
  const source = postgresDatabase(`dari_test_crash_source_${process.pid}`);
  const file = join(tempDir('crash-package'), 'county.dari');
  let trust: Record<string, string>;

  beforeAll(async () => {
    await recreateDatabase(source);
    const sourceDir = tempDir('crash-source');
    const env = childEnv(sourceDir, { DATABASE_URL: source });
    await succeed(runNode(cliScript('migrate'), [], env));
    await withClient(source, (db) =>
      db.query(
        `WITH f AS (SELECT id, region_id FROM facility WHERE code = $1),
         w AS (INSERT INTO worker (registration_number, name, cadre, facility_id)
               SELECT 'CRASH-' || lpad(i::text, 5, '0'), '중단 시험 ' || i, 'nurse', f.id FROM f, generate_series(1, $2::int) i
               RETURNING id, facility_id),
         p AS (INSERT INTO worker_posting (worker_id, facility_id, started_on) SELECT id, facility_id, CURRENT_DATE - 100 FROM w),
         l AS (INSERT INTO licence (number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status)
               SELECT 'CL-' || w.id, w.id, 'nurse', f.region_id, CURRENT_DATE - 200, CURRENT_DATE + 1500, 'active' FROM w, f)
         INSERT INTO credit_entry (worker_id, source, hours, topic, earned_on, note)
         SELECT w.id, 'manual', 2, 'maternal', CURRENT_DATE - i, '군 강습' FROM w, generate_series(1, 3) i`,
        [FACILITY, WORKERS],
      ),
    );
    await succeed(runNode(cliScript('records-export'), ['--out', file], env));
    const ring = JSON.parse(readFileSync(join(sourceDir, 'keys', 'certificate-keys.json'), 'utf8')) as {
      keys: { publicKeyMultibase: string }[];
    };
    trust = { DARI_TRUSTED_PUBLISHERS: `did:key:${ring.keys.at(-1)!.publicKeyMultibase}` };
  }, 180_000);
  afterAll(() => dropDatabase(source));

  it('on PostgreSQL: the killed transaction leaves nothing; the next run applies every record once', async () => {
    const target = postgresDatabase(`dari_test_crash_target_${process.pid}`);
    await recreateDatabase(target);
    try {
      const env = childEnv(tempDir('crash-target'), { DATABASE_URL: target, ...trust });
      await succeed(runNode(cliScript('migrate'), [], env));
      let writing = 0;
      await killHalfWay(env, async () => {
        // A transaction that has written holds a transaction id: the kill lands mid-write, not before it.
        writing = await withClient(target, async (db) => {
          const rows = await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL`,
          );
          return rows.rows[0].n as number;
        });
      });
      expect(writing).toBe(1);
      await waitForNoOtherSession(target);
      expect(await held(target)).toEqual({ workers: 0, postings: 0, licences: 0, credits: 0, packages: 0, versions: 0 });

      const again = await runNode(cliScript('records-import'), [file, '--yes'], env);
      expect([again.code, again.output]).toEqual([0, expect.stringContaining('applied.')]);
      expect(await held(target)).toEqual({
        workers: WORKERS,
        postings: WORKERS,
        licences: WORKERS,
        credits: 3 * WORKERS,
        packages: 1,
        versions: expect.any(Number),
      });
      const third = await runNode(cliScript('records-import'), [file, '--yes'], env);
      expect([third.code, third.output]).toEqual([0, expect.stringContaining('already applied: nothing to do.')]);
    } finally {
      await dropDatabase(target);
    }
  }, 240_000);

  it('on the embedded database, killed with it: it opens again, holds nothing of the package, and applies it once', async () => {
    const env = childEnv(tempDir('crash-embedded'), trust);
    await succeed(runNode(cliScript('migrate'), [], env));
    await killHalfWay(env);

    // The preview runs the whole import in a transaction it rolls back: every record would be new.
    const preview = await runNode(cliScript('records-import'), [file], env);
    expect(preview.code).toBe(0);
    expect(preview.output).toContain('preview only: nothing was written');
    expect(outcome(preview.output, 'worker')).toEqual({ added: WORKERS, updated: 0, unchanged: 0 });
    expect(outcome(preview.output, 'creditEntry')).toEqual({ added: 3 * WORKERS, updated: 0, unchanged: 0 });

    const applied = await runNode(cliScript('records-import'), [file, '--yes'], env);
    expect([applied.code, applied.output]).toEqual([0, expect.stringContaining('applied.')]);
    expect(outcome(applied.output, 'licence')).toEqual({ added: WORKERS, updated: 0, unchanged: 0 });
    const third = await runNode(cliScript('records-import'), [file, '--yes'], env);
    expect([third.code, third.output]).toEqual([0, expect.stringContaining('already applied: nothing to do.')]);
  }, 240_000);

  /** Starts `records:import --yes` in a process group of its own and kills the group once half the file is read. */
  async function killHalfWay(env: NodeJS.ProcessEnv, atKill?: () => Promise<void>): Promise<void> {
    const child = spawn(process.execPath, [cliScript('records-import'), file, '--yes'], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: 'ignore',
    });
    const ended = new Promise<Finished>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output: '' })));
    const half = statSync(file).size / 2;
    for (let position = 0; position < half;) {
      if (child.exitCode !== null) throw new Error(`records:import ended (${child.exitCode}) before it was half-way`);
      await new Promise((r) => setTimeout(r, 25));
      position = readPosition(child.pid!, file);
    }
    await atKill?.();
    process.kill(-child.pid!, 'SIGKILL');
    expect((await ended).signal).toBe('SIGKILL');
  }
});

/** How far the process has read `path`: the offset of its open descriptor (Linux /proc), 0 while not open. */
function readPosition(pid: number, path: string): number {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`) !== path) continue;
      return Number(/^pos:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1] ?? 0);
    }
  } catch {
    // The descriptor closed between listing and reading.
  }
  return 0;
}

/** One row of the import's report table: `│ worker │ 1000 │ 0 │ 0 │ ...`. */
function outcome(output: string, type: string) {
  const cells = new RegExp(`│\\s*${type}\\s*│\\s*(\\d+)\\s*│\\s*(\\d+)\\s*│\\s*(\\d+)`).exec(output);
  if (!cells) throw new Error(`no ${type} row in:\n${output}`);
  return { added: Number(cells[1]), updated: Number(cells[2]), unchanged: Number(cells[3]) };
}

async function succeed(run: Promise<Finished>): Promise<void> {
  const done = await run;
  if (done.code !== 0) throw new Error(`exit ${done.code}: ${done.output}`);
}

async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** The server ends a killed client's session (rolling its transaction back) when it notices the closed socket. */
async function waitForNoOtherSession(url: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const others = await withClient(url, async (db) => {
      const rows = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      return rows.rows[0].n as number;
    });
    if (others === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the killed import still has a session on the database after 30 s');
}

const held = (url: string) =>
  withClient(url, async (db) => {
    const rows = await db.query(`SELECT
      (SELECT count(*) FROM worker WHERE registration_number LIKE 'CRASH-%')::int AS workers,
      (SELECT count(*) FROM worker_posting)::int AS postings,
      (SELECT count(*) FROM licence WHERE number LIKE 'CL-%')::int AS licences,
      (SELECT count(*) FROM credit_entry)::int AS credits,
      (SELECT count(*) FROM records_package)::int AS packages,
      (SELECT count(*) FROM records_version)::int AS versions`);
    return rows.rows[0] as Record<string, number>;
  });

async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withClient(Object.assign(new URL(url), { pathname: '/postgres' }).toString(), (db) =>
    db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}
