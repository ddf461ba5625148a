import { curriculumDoneSql, doneFromCountsSql, progressCountsSql } from '../common/curriculum-progress.sql';

/**
 * A retraining plan's progress, computed once for every place that shows or counts it: the worker page
 * (RetrainingPlan.progress), the order of a worker's plans, reminders, and retrainingCompliance with its CSV.
 * SQL over plan `p` and its worker `w`, built on the curriculum progress every module counts with
 * (common/curriculum-progress.sql.ts): done when the worker's account has completed every course of the
 * curriculum and passed every skills checklist it requires; overdue when not done by its due date.
 */
export const PLAN_DONE_SQL = curriculumDoneSql('w.user_id', 'p.curriculum_id');

/** Plan `p`'s progress as `LATERAL (...) <alias>`: courses_total, courses_done, skills_total, skills_passed, done, overdue. */
export const planProgressSql = (today: string) =>
  `LATERAL (
     SELECT n.*, ${doneFromCountsSql('n')} AS done, NOT ${doneFromCountsSql('n')} AND p.due_on < ${today}::date AS overdue
     FROM (${progressCountsSql('w.user_id', 'p.curriculum_id')}) n)`;
