import { curriculumDoneSql, curriculumProgressSql } from '../common/curriculum-progress.sql';

/**
 * A retraining plan's progress, computed once for every place that shows or counts it: the worker page
 * (RetrainingPlan.progress), the order of a worker's plans and reminders; the compliance report reads the `done` the
 * database keeps from the same computation (migration AddRetrainingPlanRollup).
 * It is the curriculum progress every module counts with (common/curriculum-progress.sql.ts) of the plan's
 * worker's account: done when every course of the curriculum is completed and every skills checklist it
 * requires passed; overdue when not done by its due date.
 */

/** Whether plan `p` of worker `w` is done. */
export const PLAN_DONE_SQL = curriculumDoneSql('w.user_id', 'p.curriculum_id');

/**
 * The progress of the plans of `retraining_plan p JOIN worker w` that `where` selects (e.g. `WHERE p.id = $1`),
 * set-based: id, worker_id, facility_id, due_on, the counts, done and overdue (on `today`, a date expression).
 */
export const plansProgressSql = (where: string, today: string) =>
  `SELECT cp_plan.*, NOT cp_plan.done AND cp_plan.due_on < ${today}::date AS overdue
   FROM (${curriculumProgressSql(
     `SELECT p.id, p.worker_id, w.facility_id, p.due_on, w.user_id, p.curriculum_id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id ${where}`,
   )}) cp_plan`;
