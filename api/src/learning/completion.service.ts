import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { curriculumProgressSql } from '../common/curriculum-progress.sql';
import { DomainEvents } from '../common/domain-events';

export interface CourseCounts {
  courseId: string;
  lessonsTotal: number;
  lessonsCompleted: number;
  quizzesTotal: number;
  quizzesPassed: number;
}

/**
 * A course completes when all its lessons are completed and all its quizzes passed. Completion is recorded
 * once (a course_completion row, with the credit hours and topic of that moment) and never undone. A curriculum
 * completes with its last course or required skills checklist passed: a curriculum_completion row in the same transaction, announced after commit
 * (licensing issues the certificate; it also catches up on rows whose announcement was lost).
 */
@Injectable()
export class CompletionService {
  private readonly logger = new Logger(CompletionService.name);

  constructor(private readonly events: DomainEvents) {}

  /** Records the courses (and curricula) the user has just completed; returns the curricula newly completed. */
  async check(manager: EntityManager, userId: string, courseIds: string[]): Promise<string[]> {
    if (courseIds.length === 0) return [];
    const counts = await courseCounts(manager, userId, courseIds);
    const complete = counts
      .filter((c) => c.lessonsTotal > 0 && c.lessonsCompleted >= c.lessonsTotal && c.quizzesPassed >= c.quizzesTotal)
      .map((c) => c.courseId);
    if (complete.length === 0) return [];
    await manager.query(
      `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic)
       SELECT $1, c.id, now(), c.credit_hours, c.topic FROM course c WHERE c.id = ANY($2)
       ON CONFLICT (user_id, course_id) DO NOTHING`,
      [userId, complete],
    );
    await manager.query(`UPDATE enrolment SET completed_at = now() WHERE user_id = $1 AND course_id = ANY($2) AND completed_at IS NULL`, [
      userId,
      complete,
    ]);
    const curricula: { curriculum_id: string }[] = await manager.query(`SELECT DISTINCT curriculum_id FROM course WHERE id = ANY($1)`, [
      complete,
    ]);
    return this.completeCurricula(
      manager,
      userId,
      curricula.map((c) => c.curriculum_id),
    );
  }

  /**
   * Records the given curricula the user has now completed (every course completed and every required skills
   * checklist passed: curriculum-progress.sql.ts); returns those newly completed. Called after course
   * completions and after a passed skills assessment.
   */
  async completeCurricula(manager: EntityManager, userId: string, curriculumIds: string[]): Promise<string[]> {
    if (curriculumIds.length === 0) return [];
    // One user's completions are counted one transaction at a time: two last courses completed at once on a
    // server would otherwise each miss the other's and neither complete the curriculum.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('curriculum_completion'), hashtext($1))`, [userId]);
    const rows: { curriculum_id: string }[] = await manager.query(
      `INSERT INTO curriculum_completion (user_id, curriculum_id)
       SELECT $1, progress.curriculum_id FROM (${curriculumProgressSql('SELECT k.id, $1::uuid AS user_id, k.id AS curriculum_id FROM curriculum k WHERE k.id = ANY($2)')}) progress
       WHERE progress.done
       ON CONFLICT (user_id, curriculum_id) DO NOTHING
       RETURNING curriculum_id`,
      [userId, curriculumIds],
    );
    return rows.map((r) => r.curriculum_id);
  }

  /** After commit: a failed handler is logged, not the learner's problem (licensing catches up on start). */
  async announce(userId: string, curriculumIds: string[]): Promise<void> {
    if (curriculumIds.length === 0) return;
    await this.events.emit('curricula.completed', { userId, curriculumIds }).catch((error: unknown) => this.logger.error(error));
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
