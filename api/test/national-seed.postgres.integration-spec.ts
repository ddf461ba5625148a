import { Client } from 'pg';
import { cliScript, childEnv, runNode, tempDir } from './support/server-process';
import { postgresDatabase } from './support/databases';
import { FIXTURE_CONTENT } from './support/test-app';

// Runs the real command against a temporary database on a PostgreSQL server (postgresDatabase: CI has one; npm
// test runs *.postgres specs only where one answers); the embedded database is refused (national-seed-refusal).
const SERVER = postgresDatabase('postgres').replace(/\/postgres$/, '');
const NAME = `dari_seed_${process.pid}`;
const WORKERS = 2000;

describe(`seed:national on PostgreSQL (${NAME}, ${WORKERS} workers)`, () => {
  let admin: Client;
  let db: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${NAME}`);
    const run = await runNode(
      cliScript('seed-national'),
      ['--workers', String(WORKERS)],
      childEnv(tempDir('seed'), { DATABASE_URL: `${SERVER}/${NAME}`, DARI_CONTENT_DIR: FIXTURE_CONTENT }),
    );
    if (run.code !== 0) throw new Error(`seed failed (${run.code}): ${run.output}`);
    db = new Client({ connectionString: `${SERVER}/${NAME}` });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await admin?.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    await admin?.end();
  });

  const one = async <T>(sql: string): Promise<T> => (await db.query(sql)).rows[0] as T;

  it('creates every kind of row, in proportion to the workers', async () => {
    const counts = await one<Record<string, number>>(`SELECT
      (SELECT count(*) FROM region WHERE code LIKE '%-N____')::int AS counties,
      (SELECT count(*) FROM facility WHERE code LIKE 'F-N-%')::int AS facilities,
      (SELECT count(*) FROM worker WHERE registration_number LIKE 'N-%')::int AS workers,
      (SELECT count(*) FROM licence WHERE number LIKE 'NL-%')::int AS licences,
      (SELECT count(*) FROM credit_entry WHERE source = 'manual')::int AS credits,
      (SELECT count(*) FROM retraining_plan)::int AS plans,
      (SELECT count(*) FROM progress_event)::int AS events`);
    expect(counts).toEqual({
      counties: 13,
      facilities: 90,
      workers: WORKERS,
      licences: 2400,
      credits: 20_000,
      plans: 500,
      events: 200_000,
    });
  });

  it('keeps the invariants the app relies on', async () => {
    const broken = await one<Record<string, number>>(`SELECT
      (SELECT count(*) FROM worker w WHERE NOT EXISTS (SELECT 1 FROM facility f WHERE f.id = w.facility_id))::int AS worker_without_facility,
      (SELECT count(*) FROM worker w WHERE (SELECT count(*) FROM worker_posting p WHERE p.worker_id = w.id AND p.ended_on IS NULL AND p.facility_id = w.facility_id) <> 1)::int AS bad_current_posting,
      (SELECT count(*) FROM worker w LEFT JOIN "user" u ON u.id = w.user_id WHERE u.id IS NULL)::int AS worker_without_account,
      (SELECT count(*) FROM licence l JOIN worker w ON w.id = l.worker_id JOIN licence_type t ON t.id = l.licence_type_id WHERE t.cadre <> w.cadre)::int AS licence_of_other_cadre,
      (SELECT count(*) FROM licence WHERE expires_on <= issued_on)::int AS licence_ends_before_start,
      (SELECT count(*) FROM region r WHERE r.parent_id IS NOT NULL AND NOT r.path LIKE (SELECT path FROM region p WHERE p.id = r.parent_id) || '%')::int AS region_outside_parent,
      (SELECT count(*) FROM retraining_plan p LEFT JOIN curriculum c ON c.id = p.curriculum_id WHERE c.id IS NULL)::int AS plan_without_curriculum,
      (SELECT count(*) FROM progress_event e LEFT JOIN lesson l ON l.id = e.lesson_id WHERE l.id IS NULL)::int AS event_without_lesson,
      (SELECT count(*) FROM lesson_progress lp WHERE lp.time_spent_seconds <> (SELECT COALESCE(sum(seconds), 0) FROM progress_event e WHERE e.user_id = lp.user_id AND e.lesson_id = lp.lesson_id))::int AS progress_not_folded,
      (SELECT count(*) FROM install_mode WHERE mode <> 'production')::int AS not_marked_production,
      (SELECT count(*) FROM course_completion cc WHERE NOT EXISTS (SELECT 1 FROM credit_entry ce JOIN worker w ON w.id = ce.worker_id WHERE w.user_id = cc.user_id AND ce.course_id = cc.course_id AND ce.source = 'course_completion'))::int AS completion_not_in_ledger`);
    expect(broken).toEqual(Object.fromEntries(Object.keys(broken).map((k) => [k, 0])));
  });

  it('holds licences in every status a registrar filters by, and plans done, overdue and pending', async () => {
    const statuses = (
      await db.query(
        `SELECT DISTINCT CASE WHEN status = 'active' AND expires_on <= CURRENT_DATE + 90 THEN 'expiring' ELSE status END AS s FROM licence`,
      )
    ).rows
      .map((r) => r.s)
      .sort();
    expect(statuses).toEqual(['active', 'expiring', 'lapsed', 'revoked', 'suspended']);
    const plans = await one<{ overdue: number; completed: number }>(`SELECT
      (SELECT count(*) FROM retraining_plan WHERE due_on < CURRENT_DATE)::int AS overdue,
      (SELECT count(DISTINCT user_id) FROM course_completion)::int AS completed`);
    expect(plans.overdue).toBeGreaterThan(0);
    // Spread, not clustered: every province holds workers with expiring licences.
    const provinces = await one<{ without: number }>(`SELECT count(*)::int AS without FROM region p WHERE p.depth = 0 AND NOT EXISTS (
      SELECT 1 FROM licence l JOIN worker w ON w.id = l.worker_id JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
      WHERE r.path LIKE p.path || '%' AND l.status = 'active' AND l.expires_on <= CURRENT_DATE + 90)`);
    expect(provinces.without).toBe(0);
    expect(plans.completed).toBeGreaterThan(0);
    // Plans done on courses are done on the skills their curriculum requires too (the fixtures require one).
    const skills = await one<{
      passes: number;
      elsewhere: number;
    }>(`SELECT (SELECT count(*) FROM skill_assessment WHERE outcome = 'pass')::int AS passes,
      (SELECT count(*) FROM skill_assessment a WHERE NOT EXISTS (SELECT 1 FROM retraining_plan p JOIN curriculum k ON k.id = p.curriculum_id
         WHERE p.worker_id = a.worker_id AND a.checklist_id = ANY(k.checklist_ids)))::int AS elsewhere`);
    expect(skills.passes).toBeGreaterThan(0);
    expect(skills.elsewhere).toBe(0);
  });

  it('refuses to seed the same database twice, leaving it as it was', async () => {
    const run = await runNode(
      cliScript('seed-national'),
      ['--workers', '100'],
      childEnv(tempDir('seed'), { DATABASE_URL: `${SERVER}/${NAME}`, DARI_CONTENT_DIR: FIXTURE_CONTENT }),
    );
    expect(run.code).toBe(78);
    expect(run.output).toMatch(/already holds the national data set/);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM worker`)).n).toBe(WORKERS);
  });
});
