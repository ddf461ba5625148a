/**
 * Curriculum progress, the one definition every module counts with: learning (completion), licensing
 * (retraining plans, reminders, compliance) and the trainee's view (skills). A curriculum's progress for a user
 * is its courses completed (course_completion) and its required skills checklists passed (any pass in
 * skill_assessment of the user's worker record); it is done when every course is completed and every
 * required checklist passed, and a curriculum without courses is never done. It reads the tables of several
 * modules, so it lives here as SQL and no module imports another's code for it. Aliases are prefixed `cp_` so
 * they never shadow the caller's.
 */

/**
 * The progress of many (user, curriculum) pairs at once, set-based (one join per count, never a subquery per
 * pair). `pairs` is a query with columns `id` (unique among the pairs), `user_id` and `curriculum_id` (and any
 * others, passed through); the result adds courses_total, courses_done, skills_total, skills_passed and done.
 */
export const curriculumProgressSql = (pairs: string) =>
  `WITH cp_p AS (${pairs}),
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
   SELECT cp_n.*, cp_n.courses_total > 0 AND cp_n.courses_done >= cp_n.courses_total AND cp_n.skills_passed >= cp_n.skills_total AS done
   FROM cp_n`;

/** Whether `user` (a user id expression) has completed `curriculum` (a curriculum id expression): one pair of the above. */
export const curriculumDoneSql = (user: string, curriculum: string) =>
  `(SELECT cp_one.done FROM (${curriculumProgressSql(`SELECT 1 AS id, (${user})::uuid AS user_id, (${curriculum})::varchar AS curriculum_id`)}) cp_one)`;
