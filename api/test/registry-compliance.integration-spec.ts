import { Client } from 'pg';
import { Role } from '../src/access/role.enum';
import { startTestApp, type TestApp } from './support/test-app';
import { registerWorker } from './support/workforce';

const COMPLIANCE = `{ retrainingCompliance { facilityId facilityCode facilityName plans done overdue } }`;
const ASSIGN = `mutation ($w: UUID!, $due: LocalDate!) { assignRetraining(workerId: $w, curriculumId: "test-curriculum", dueOn: $due) }`;
// The per-plan answer the worker page shows (RetrainingService.progress): the direct computation.
const PLANS = `query ($id: UUID!) { worker(id: $id) { facilityId retrainingPlans { id progress { done overdue } } } }`;
// Rows of this spec's own curricula, written as any writer would (the API, a records package, an import).
const CURRICULUM = `INSERT INTO curriculum (id, title, title_en, topic, care_level, cadres, position, checklist_ids)
  VALUES ($1, '집계 시험', 'Rollup test', 'maternal', 'primary', '{nurse}', 99, $2)`;
const COURSE = `INSERT INTO course (id, title, title_en, topic, care_level, cadres, position, curriculum_id, credit_hours)
  VALUES ($1, $1, $1, 'maternal', 'primary', '{nurse}', 1, $2, 1)`;
const COMPLETION = `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic) VALUES ($1, $2, now(), 1, 'maternal')`;
const PASS = `INSERT INTO skill_assessment (worker_id, checklist_id, checklist_version, outcome, assessed_on, facility_id, recorded_by, client_id)
  SELECT $1, 'test-checklist', version, 'pass', CURRENT_DATE, $2, $3, gen_random_uuid() FROM checklist WHERE id = 'test-checklist'`;

interface Compliance {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  plans: number;
  done: number;
  overdue: number;
}

describe(`retraining compliance: the plans' stored progress (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;

  beforeAll(async () => {
    app = await startTestApp();
    registrar = await app.login('registrar');
    // Plans in two facilities of the registrar's province: done (every course completed), overdue, and pending.
    const facilities: { id: string }[] = await app.db.query(
      `SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%' ORDER BY f.code LIMIT 2`,
    );
    const soon = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    for (const [i, facility] of facilities.entries()) {
      for (const state of ['done', 'overdue', 'pending', 'done-late'] as const) {
        const trainee = await app.newUser(Role.trainee);
        const workerId = await registerWorker(app, registrar, { facilityId: facility.id, userId: trainee.id, name: `이행${i}${state}` });
        await app.gql(ASSIGN, { w: workerId, due: soon }, { token: registrar });
        if (state !== 'pending')
          await app.db.query(`UPDATE retraining_plan SET due_on = CURRENT_DATE - 3 WHERE worker_id = $1`, [workerId]);
        if (state.startsWith('done')) {
          await app.db.query(
            `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic) SELECT $1, id, now(), credit_hours, topic FROM course WHERE curriculum_id = 'test-curriculum'`,
            [trainee.id],
          );
        }
      }
    }
  });
  afterAll(() => app.close());

  const reported = async () => {
    const result = await app.gql<{ retrainingCompliance: Compliance[] }>(COMPLIANCE, {}, { token: registrar });
    expect(result.errors).toBeUndefined();
    return result.data!.retrainingCompliance;
  };
  /** Every worker with a plan in the province, through the worker page's per-plan progress, added up per facility. */
  const direct = async () => {
    const workers: { id: string }[] = await app.db.query(
      `SELECT DISTINCT p.worker_id AS id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id JOIN facility f ON f.id = w.facility_id
       JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%'`,
    );
    const sums = new Map<string, { plans: number; done: number; overdue: number }>();
    for (const { id } of workers) {
      const { worker } = (
        await app.gql<{ worker: { facilityId: string; retrainingPlans: { progress: { done: boolean; overdue: boolean } }[] } }>(
          PLANS,
          { id },
          { token: registrar },
        )
      ).data!;
      const sum = sums.get(worker.facilityId) ?? { plans: 0, done: 0, overdue: 0 };
      for (const { progress } of worker.retrainingPlans) {
        sum.plans += 1;
        sum.done += progress.done ? 1 : 0;
        sum.overdue += progress.overdue ? 1 : 0;
      }
      sums.set(worker.facilityId, sum);
    }
    return sums;
  };
  /** Workers of the given names at the facility, each with an account and a plan of `curriculum` due yesterday. */
  const planned = async (curriculum: string, facilityId: string, names: string[]) => {
    const people = [];
    for (const name of names) {
      const trainee = await app.newUser(Role.trainee);
      const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id, name });
      await app.db.query(`INSERT INTO retraining_plan (worker_id, curriculum_id, due_on) VALUES ($1, $2, CURRENT_DATE - 1)`, [
        workerId,
        curriculum,
      ]);
      people.push({ userId: trainee.id, workerId });
    }
    return people;
  };
  /** The plan's stored `done`, as the report counts it. */
  const planDone = async (workerId: string, curriculum: string) =>
    (
      (await app.db.query(`SELECT done FROM retraining_plan WHERE worker_id = $1 AND curriculum_id = $2`, [workerId, curriculum])) as {
        done: boolean;
      }[]
    )[0].done;
  const dropCurriculum = async (curriculum: string, people: { workerId: string }[]) => {
    await app.db.query(`DELETE FROM retraining_plan WHERE curriculum_id = $1`, [curriculum]);
    await app.db.query(`DELETE FROM skill_assessment WHERE worker_id = ANY($1)`, [people.map((p) => p.workerId)]);
    await app.db.query(`DELETE FROM course_completion WHERE course_id LIKE $1`, [`${curriculum}-%`]);
    await app.db.query(`DELETE FROM course WHERE curriculum_id = $1`, [curriculum]);
    await app.db.query(`DELETE FROM curriculum WHERE id = $1`, [curriculum]);
  };
  const asMap = (rows: Compliance[]) => new Map(rows.map((r) => [r.facilityId, { plans: r.plans, done: r.done, overdue: r.overdue }]));

  it('equals the plans’ own progress added up per facility, and the CSV export row for row', async () => {
    const rows = await reported();
    expect(rows.reduce((n, r) => n + r.plans, 0)).toBeGreaterThanOrEqual(8);
    expect(asMap(rows)).toEqual(await direct());
    expect(rows.some((r) => r.done > 0 && r.overdue > 0 && r.plans > r.done + r.overdue)).toBe(true);

    // The CSV holds the same rows in the same order.
    const res = await fetch(`${app.url}/exports/retraining-compliance.csv`, { headers: { authorization: `Bearer ${registrar}` } });
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1)
      .filter(Boolean);
    expect(lines).toEqual(
      rows.map((r) => [r.facilityCode, r.facilityName, r.plans, r.done, r.overdue, Math.round((r.done / r.plans) * 100)].join(',')),
    );
  });

  it('follows every change a plan’s progress depends on, whoever writes it', async () => {
    const [a, b]: { id: string }[] = await app.db.query(
      `SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%' ORDER BY f.code DESC LIMIT 2`,
    );
    // A curriculum of this spec's own, so that changing its courses and skills disturbs no other spec.
    const curriculum = 'rollup-test-curriculum';
    await app.db.query(CURRICULUM, [curriculum, []]);
    const addCourse = (id: string) => app.db.query(COURSE, [id, curriculum]);
    await addCourse(`${curriculum}-1`);
    await addCourse(`${curriculum}-2`);
    const people = await planned(curriculum, a.id, ['집계갑', '집계을', '집계병']);
    const complete = (userId: string, course: string) => app.db.query(COMPLETION, [userId, course]);
    const pass = (workerId: string, recordedBy: string) => app.db.query(PASS, [workerId, a.id, recordedBy]);
    const doneOf = (workerId: string) => planDone(workerId, curriculum);
    const agrees = async () => expect(asMap(await reported())).toEqual(await direct());
    try {
      await agrees();
      // Every course completed: done.
      await complete(people[0].userId, `${curriculum}-1`);
      await complete(people[0].userId, `${curriculum}-2`);
      expect(await doneOf(people[0].workerId)).toBe(true);
      await agrees();
      // A course added to the curriculum: no longer done; removed again: done.
      await addCourse(`${curriculum}-3`);
      expect(await doneOf(people[0].workerId)).toBe(false);
      await agrees();
      await app.db.query(`DELETE FROM course WHERE id = $1`, [`${curriculum}-3`]);
      expect(await doneOf(people[0].workerId)).toBe(true);
      // A skill required: not done until it is passed.
      await app.db.query(`UPDATE curriculum SET checklist_ids = '{test-checklist}' WHERE id = $1`, [curriculum]);
      expect(await doneOf(people[0].workerId)).toBe(false);
      await agrees();
      await pass(people[0].workerId, people[0].userId);
      expect(await doneOf(people[0].workerId)).toBe(true);
      await agrees();
      // The worker moves to another facility: the plan is counted there.
      await app.db.query(`UPDATE worker SET facility_id = $2 WHERE id = $1`, [people[0].workerId, b.id]);
      await agrees();
      // A completion withdrawn.
      await app.db.query(`DELETE FROM course_completion WHERE user_id = $1 AND course_id = $2`, [people[0].userId, `${curriculum}-2`]);
      expect(await doneOf(people[0].workerId)).toBe(false);
      await agrees();
      // A worker record linked to the account that did the work (the second worker takes the first one's account).
      await complete(people[0].userId, `${curriculum}-2`);
      await app.db.query(`UPDATE worker SET user_id = NULL WHERE id = $1`, [people[0].workerId]);
      expect(await doneOf(people[0].workerId)).toBe(false);
      await app.db.query(`UPDATE worker SET user_id = $2 WHERE id = $1`, [people[2].workerId, people[0].userId]);
      await pass(people[2].workerId, people[0].userId);
      expect(await doneOf(people[2].workerId)).toBe(true);
      await agrees();
    } finally {
      await dropCurriculum(curriculum, people);
    }
  });

  it('counts two changes made at once by different people: the last course and the skill pass', async () => {
    const [{ id: facilityId }]: { id: string }[] = await app.db.query(
      `SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%' ORDER BY f.code DESC LIMIT 1`,
    );
    const curriculum = 'rollup-race-curriculum';
    await app.db.query(CURRICULUM, [curriculum, ['test-checklist']]);
    await app.db.query(COURSE, [`${curriculum}-1`, curriculum]);
    const [trainee] = await planned(curriculum, facilityId, ['집계정']);
    const [learner, supervisor] = [
      new Client({ connectionString: process.env.DATABASE_URL }),
      new Client({ connectionString: process.env.DATABASE_URL }),
    ];
    await Promise.all([learner.connect(), supervisor.connect()]);
    try {
      // The trainee's last course is written and not yet committed when the supervisor records the pass.
      await learner.query('BEGIN');
      await learner.query(COMPLETION, [trainee.userId, `${curriculum}-1`]);
      const supervised = (async () => {
        await supervisor.query('BEGIN');
        await supervisor.query(PASS, [trainee.workerId, facilityId, trainee.userId]);
        await supervisor.query('COMMIT');
      })();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await learner.query('COMMIT');
      await supervised;
      expect(await planDone(trainee.workerId, curriculum)).toBe(true);
      expect(asMap(await reported())).toEqual(await direct());
    } finally {
      await Promise.all([learner.end(), supervisor.end()]);
      await dropCurriculum(curriculum, [trainee]);
    }
  });
});
