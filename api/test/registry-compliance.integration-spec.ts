import { Role } from '../src/access/role.enum';
import { startTestApp, type TestApp } from './support/test-app';
import { registerWorker } from './support/workforce';

const COMPLIANCE = `{ retrainingCompliance { facilityId facilityCode facilityName plans done overdue } }`;
const ASSIGN = `mutation ($w: UUID!, $due: LocalDate!) { assignRetraining(workerId: $w, curriculumId: "test-curriculum", dueOn: $due) }`;
// The per-plan answer the worker page shows (RetrainingService.progress): the direct computation.
const PLANS = `query ($id: UUID!) { worker(id: $id) { facilityId retrainingPlans { id progress { done overdue } } } }`;

interface Compliance {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  plans: number;
  done: number;
  overdue: number;
}

describe(`retraining compliance: one set-based query (${process.env.DARI_TEST_DATABASE})`, () => {
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

  it('equals the plans’ own progress added up per facility, and the CSV export row for row', async () => {
    const result = await app.gql<{ retrainingCompliance: Compliance[] }>(COMPLIANCE, {}, { token: registrar });
    expect(result.errors).toBeUndefined();
    const rows = result.data!.retrainingCompliance;

    // Direct computation: every worker with a plan in the province, through the worker page's per-plan progress.
    const workers: { id: string }[] = await app.db.query(
      `SELECT DISTINCT p.worker_id AS id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id JOIN facility f ON f.id = w.facility_id
       JOIN region r ON r.id = f.region_id WHERE r.path LIKE 'KP-02/%'`,
    );
    expect(workers.length).toBeGreaterThanOrEqual(8);
    const direct = new Map<string, { plans: number; done: number; overdue: number }>();
    for (const { id } of workers) {
      const { worker } = (
        await app.gql<{ worker: { facilityId: string; retrainingPlans: { progress: { done: boolean; overdue: boolean } }[] } }>(
          PLANS,
          { id },
          { token: registrar },
        )
      ).data!;
      const sum = direct.get(worker.facilityId) ?? { plans: 0, done: 0, overdue: 0 };
      for (const { progress } of worker.retrainingPlans) {
        sum.plans += 1;
        sum.done += progress.done ? 1 : 0;
        sum.overdue += progress.overdue ? 1 : 0;
      }
      direct.set(worker.facilityId, sum);
    }
    expect(new Map(rows.map((r) => [r.facilityId, { plans: r.plans, done: r.done, overdue: r.overdue }]))).toEqual(direct);
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
});
