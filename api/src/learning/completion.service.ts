import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CourseCounts {
  courseId: string;
  lessonsTotal: number;
  lessonsCompleted: number;
  quizzesTotal: number;
  quizzesPassed: number;
}

/**
 * A course completes when all its lessons are completed and all its quizzes passed. Completion is recorded
 * once (a course_completion row, with the credit hours and topic of that moment) and never undone.
 */
@Injectable()
export class CompletionService {
  async check(manager: EntityManager, userId: string, courseIds: string[]): Promise<void> {
    if (courseIds.length === 0) return;
    const counts = await courseCounts(manager, userId, courseIds);
    const complete = counts.filter((c) => c.lessonsTotal > 0 && c.lessonsCompleted >= c.lessonsTotal && c.quizzesPassed >= c.quizzesTotal).map((c) => c.courseId);
    if (complete.length === 0) return;
    await manager.query(
      `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic)
       SELECT $1, c.id, now(), c.credit_hours, c.topic FROM course c WHERE c.id = ANY($2)
       ON CONFLICT (user_id, course_id) DO NOTHING`,
      [userId, complete],
    );
    await manager.query(`UPDATE enrolment SET completed_at = now() WHERE user_id = $1 AND course_id = ANY($2) AND completed_at IS NULL`, [userId, complete]);
  }
}

/** Lessons and quizzes of each course, and how many of them the user has completed or passed: one query. */
export async function courseCounts(manager: EntityManager, userId: string, courseIds: readonly string[]): Promise<CourseCounts[]> {
  const rows: Record<string, string>[] = await manager.query(
    `SELECT c.id,
       (SELECT count(*) FROM lesson l WHERE l.course_id = c.id) AS lessons_total,
       (SELECT count(*) FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id
         WHERE l.course_id = c.id AND p.user_id = $1 AND p.completed_at IS NOT NULL) AS lessons_completed,
       (SELECT count(*) FROM quiz q WHERE q.course_id = c.id) AS quizzes_total,
       (SELECT count(DISTINCT a.quiz_id) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id
         WHERE q.course_id = c.id AND a.user_id = $1 AND a.passed) AS quizzes_passed
     FROM course c WHERE c.id = ANY($2)`,
    [userId, [...courseIds]],
  );
  return rows.map((r) => ({
    courseId: r.id,
    lessonsTotal: Number(r.lessons_total),
    lessonsCompleted: Number(r.lessons_completed),
    quizzesTotal: Number(r.quizzes_total),
    quizzesPassed: Number(r.quizzes_passed),
  }));
}
