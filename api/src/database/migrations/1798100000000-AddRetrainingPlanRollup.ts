import { MigrationInterface, QueryRunner } from 'typeorm';

// The compliance report per facility counted every plan's progress on each request (all plans joined with their
// workers, courses and completions: ~350 ms for 50,000 plans). Each plan now keeps whether it is done and its
// worker's facility, kept by triggers on everything they follow from (the plan, its worker, completions, skill
// passes, a curriculum's courses and required checklists), whoever writes them: the API, a records package, a
// content import or the national seed. The report then reads one narrow index. Overdue stays computed on read
// (done and due_on against today), so it needs no daily job.
//
// `retraining_plan_refresh` is the curriculum progress of common/curriculum-progress.sql.ts as of this migration;
// the compliance spec compares the stored values with that computation after every kind of change.
const REFRESH = `
  UPDATE retraining_plan p SET done = x.done, facility_id = x.facility_id
  FROM (
    WITH cp_p AS (SELECT p.id, w.facility_id, w.user_id, p.curriculum_id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id WHERE p.id = ANY(plan_ids)),
     cp_t AS (SELECT curriculum_id, count(*)::int AS total FROM course GROUP BY curriculum_id),
     cp_d AS (
       SELECT cp_p.id, count(*)::int AS done FROM cp_p
       JOIN course cp_c ON cp_c.curriculum_id = cp_p.curriculum_id
       JOIN course_completion cp_cc ON cp_cc.course_id = cp_c.id AND cp_cc.user_id = cp_p.user_id
       GROUP BY cp_p.id),
     cp_s AS (
       SELECT cp_p.id, count(DISTINCT cp_a.checklist_id)::int AS passed FROM cp_p
       JOIN curriculum cp_k ON cp_k.id = cp_p.curriculum_id
       JOIN worker cp_w ON cp_w.user_id = cp_p.user_id
       JOIN skill_assessment cp_a ON cp_a.worker_id = cp_w.id AND cp_a.outcome = 'pass' AND cp_a.checklist_id = ANY(cp_k.checklist_ids)
       GROUP BY cp_p.id),
     cp_n AS (
       SELECT cp_p.*, COALESCE(cp_t.total, 0) AS courses_total, COALESCE(cp_d.done, 0) AS courses_done,
              COALESCE(cardinality(cp_k.checklist_ids), 0) AS skills_total, COALESCE(cp_s.passed, 0) AS skills_passed
       FROM cp_p LEFT JOIN curriculum cp_k ON cp_k.id = cp_p.curriculum_id LEFT JOIN cp_t ON cp_t.curriculum_id = cp_p.curriculum_id
       LEFT JOIN cp_d ON cp_d.id = cp_p.id LEFT JOIN cp_s ON cp_s.id = cp_p.id)
    SELECT cp_n.id, cp_n.facility_id,
           cp_n.courses_total > 0 AND cp_n.courses_done >= cp_n.courses_total AND cp_n.skills_passed >= cp_n.skills_total AS done
    FROM cp_n) x
  WHERE p.id = x.id AND (p.done IS DISTINCT FROM x.done OR p.facility_id IS DISTINCT FROM x.facility_id)`;

/** Trigger functions: each collects the plans a statement's rows may change (transition tables `changed`/`before`). */
const PLANS_OF: Record<string, string> = {
  retraining_plan_rollup_by_plan: `SELECT id FROM changed`,
  // A plan given to another worker or curriculum.
  retraining_plan_rollup_by_plan_move: `SELECT n.id FROM changed n JOIN before o ON o.id = n.id
    WHERE (o.worker_id, o.curriculum_id) IS DISTINCT FROM (n.worker_id, n.curriculum_id)`,
  retraining_plan_rollup_by_user: `SELECT p.id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id
    WHERE w.user_id IN (SELECT user_id FROM changed)`,
  retraining_plan_rollup_by_assessment: `SELECT p.id FROM retraining_plan p WHERE p.worker_id IN (SELECT worker_id FROM changed)`,
  // A worker moved to another facility, or linked to (or unlinked from) an account.
  retraining_plan_rollup_by_worker: `SELECT p.id FROM retraining_plan p WHERE p.worker_id IN (
    SELECT n.id FROM changed n JOIN before o ON o.id = n.id WHERE (o.facility_id, o.user_id) IS DISTINCT FROM (n.facility_id, n.user_id))`,
  // A course added to or removed from a curriculum.
  retraining_plan_rollup_by_course: `SELECT p.id FROM retraining_plan p WHERE p.curriculum_id IN (SELECT curriculum_id FROM changed)`,
  // A course moved to another curriculum.
  retraining_plan_rollup_by_course_move: `SELECT p.id FROM retraining_plan p WHERE p.curriculum_id IN (
    SELECT unnest(ARRAY[o.curriculum_id, n.curriculum_id]) FROM changed n JOIN before o ON o.id = n.id WHERE o.curriculum_id IS DISTINCT FROM n.curriculum_id)`,
  // A curriculum's required checklists changed.
  retraining_plan_rollup_by_curriculum: `SELECT p.id FROM retraining_plan p WHERE p.curriculum_id IN (
    SELECT n.id FROM changed n JOIN before o ON o.id = n.id WHERE o.checklist_ids IS DISTINCT FROM n.checklist_ids)`,
};

/** [trigger name, table, event, trigger function, transition tables]: one event per trigger, as PostgreSQL requires with transition tables. */
const TRIGGERS: [string, string, string, string, string][] = [
  ['retraining_plan_rollup_insert', 'retraining_plan', 'INSERT', 'by_plan', 'NEW TABLE AS changed'],
  ['retraining_plan_rollup_update', 'retraining_plan', 'UPDATE', 'by_plan_move', 'OLD TABLE AS before NEW TABLE AS changed'],
  ['course_completion_rollup_insert', 'course_completion', 'INSERT', 'by_user', 'NEW TABLE AS changed'],
  ['course_completion_rollup_delete', 'course_completion', 'DELETE', 'by_user', 'OLD TABLE AS changed'],
  ['skill_assessment_rollup_insert', 'skill_assessment', 'INSERT', 'by_assessment', 'NEW TABLE AS changed'],
  ['skill_assessment_rollup_update', 'skill_assessment', 'UPDATE', 'by_assessment', 'NEW TABLE AS changed'],
  ['skill_assessment_rollup_delete', 'skill_assessment', 'DELETE', 'by_assessment', 'OLD TABLE AS changed'],
  ['worker_rollup_update', 'worker', 'UPDATE', 'by_worker', 'OLD TABLE AS before NEW TABLE AS changed'],
  ['course_rollup_insert', 'course', 'INSERT', 'by_course', 'NEW TABLE AS changed'],
  ['course_rollup_update', 'course', 'UPDATE', 'by_course_move', 'OLD TABLE AS before NEW TABLE AS changed'],
  ['course_rollup_delete', 'course', 'DELETE', 'by_course', 'OLD TABLE AS changed'],
  ['curriculum_rollup_update', 'curriculum', 'UPDATE', 'by_curriculum', 'OLD TABLE AS before NEW TABLE AS changed'],
];

const triggerFunction = (name: string, plans: string) =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE ids uuid[];
   BEGIN
     -- The refresh's own update of retraining_plan fires the plan trigger again: nothing to do there.
     IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
     ids := ARRAY(${plans});
     IF cardinality(ids) > 0 THEN PERFORM retraining_plan_refresh(ids); END IF;
     RETURN NULL;
   END $$`;

export class AddRetrainingPlanRollup1798100000000 implements MigrationInterface {
  name = 'AddRetrainingPlanRollup1798100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "retraining_plan" ADD "done" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "retraining_plan" ADD "facility_id" uuid REFERENCES "facility" ("id")`);
    // The plans are locked before their progress is read: two transactions changing one plan's inputs at once (the
    // trainee's last course, the supervisor's pass) would each read without the other's row and both store "not
    // done". The second now waits for the first to commit, and its next statement reads what the first wrote.
    await queryRunner.query(
      `CREATE FUNCTION retraining_plan_refresh(plan_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM 1 FROM retraining_plan WHERE id = ANY(plan_ids) ORDER BY id FOR UPDATE;
         ${REFRESH};
       END $$`,
    );
    for (const [name, plans] of Object.entries(PLANS_OF)) await queryRunner.query(triggerFunction(name, plans));
    for (const [trigger, table, event, fn, transition] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER "${trigger}" AFTER ${event} ON "${table}" REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION retraining_plan_rollup_${fn}()`,
      );
    }
    await queryRunner.query(`SELECT retraining_plan_refresh(ARRAY(SELECT id FROM retraining_plan))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_retraining_plan_facility_rollup" ON "retraining_plan" ("facility_id") INCLUDE ("done", "due_on")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of TRIGGERS) await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    for (const name of Object.keys(PLANS_OF)) await queryRunner.query(`DROP FUNCTION ${name}()`);
    await queryRunner.query(`DROP FUNCTION retraining_plan_refresh(uuid[])`);
    await queryRunner.query(`DROP INDEX "public"."IDX_retraining_plan_facility_rollup"`);
    await queryRunner.query(`ALTER TABLE "retraining_plan" DROP COLUMN "facility_id"`);
    await queryRunner.query(`ALTER TABLE "retraining_plan" DROP COLUMN "done"`);
  }
}
