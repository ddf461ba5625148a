/**
 * A curriculum's progress for one user, as SQL expressions over `user` (a user id) and `curriculum` (a
 * curriculum id), so learning (completion), licensing (retraining plans, compliance) and the trainee's view
 * count alike: its courses completed (course_completion) and its required skills checklists passed (any pass in
 * skill_assessment of the user's worker record). Aliases are prefixed so they never shadow the caller's.
 */
export const coursesTotalSql = (curriculum: string) => `(SELECT count(*) FROM course cp_c WHERE cp_c.curriculum_id = ${curriculum})`;

export const coursesCompletedSql = (user: string, curriculum: string) =>
  `(SELECT count(*) FROM course cp_c JOIN course_completion cp_cc ON cp_cc.course_id = cp_c.id AND cp_cc.user_id = ${user}
    WHERE cp_c.curriculum_id = ${curriculum})`;

export const skillsTotalSql = (curriculum: string) => `(SELECT COALESCE(cardinality(cp_k.checklist_ids), 0) FROM curriculum cp_k WHERE cp_k.id = ${curriculum})`;

export const skillsPassedSql = (user: string, curriculum: string) =>
  `(SELECT count(DISTINCT cp_a.checklist_id) FROM skill_assessment cp_a JOIN worker cp_w ON cp_w.id = cp_a.worker_id
    JOIN curriculum cp_k ON cp_k.id = ${curriculum}
    WHERE cp_w.user_id = ${user} AND cp_a.outcome = 'pass' AND cp_a.checklist_id = ANY(cp_k.checklist_ids))`;

/** The four counts of a curriculum's progress as columns (courses_total, courses_done, skills_total, skills_passed). */
export const progressCountsSql = (user: string, curriculum: string) =>
  `SELECT ${coursesTotalSql(curriculum)} AS courses_total, ${coursesCompletedSql(user, curriculum)} AS courses_done,
          ${skillsTotalSql(curriculum)} AS skills_total, ${skillsPassedSql(user, curriculum)} AS skills_passed`;

/** The rule, over the counts of `counts` (progressCountsSql): every course completed and every required checklist passed; a curriculum without courses is never done. */
export const doneFromCountsSql = (counts: string) =>
  `(${counts}.courses_total > 0 AND ${counts}.courses_done >= ${counts}.courses_total AND ${counts}.skills_passed >= ${counts}.skills_total)`;

/** Whether the user has completed the curriculum (the counts and the rule above, as one boolean). */
export const curriculumDoneSql = (user: string, curriculum: string) =>
  `(SELECT ${doneFromCountsSql('cp_n')} FROM (${progressCountsSql(user, curriculum)}) cp_n)`;
