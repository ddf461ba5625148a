import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A course a user completed, with the credit hours and topic recorded at that moment. */
export interface CourseCredit {
  userId: string;
  courseId: string;
  hours: number;
  topic: string;
  /** The UTC day of completion (YYYY-MM-DD). */
  completedOn: string;
}

/** A curriculum a user completed (courses and required skills), with the credit hours of its courses. */
export interface CompletedCurriculum {
  userId: string;
  curriculumId: string;
  hours: number;
}

/**
 * What modules above learning (licensing: ledger, certificates) may know of a user's completions. They ask
 * here and never name learning's tables, so learning may change how it records completions.
 */
@Injectable()
export class CompletionReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every course the users completed; in the caller's transaction when given its manager. */
  async courseCredits(userIds: readonly string[], manager: EntityManager = this.db.manager): Promise<CourseCredit[]> {
    if (userIds.length === 0) return [];
    const rows: { user_id: string; course_id: string; credit_hours: string; topic: string; completed_on: string }[] = await manager.query(
      `SELECT user_id, course_id, credit_hours, topic, (completed_at AT TIME ZONE 'UTC')::date::text AS completed_on
       FROM course_completion WHERE user_id = ANY($1) ORDER BY completed_at, course_id`,
      [userIds],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      courseId: r.course_id,
      hours: Number(r.credit_hours),
      topic: r.topic,
      completedOn: r.completed_on,
    }));
  }

  /** The curricula completed, oldest first: of one user, or of everyone (the certificates' catch-up). */
  async completedCurricula(userId?: string): Promise<CompletedCurriculum[]> {
    const rows: { user_id: string; curriculum_id: string; hours: string }[] = await this.db.query(
      `SELECT k.user_id, k.curriculum_id,
              (SELECT coalesce(sum(cc.credit_hours), 0) FROM course_completion cc JOIN course c ON c.id = cc.course_id
                WHERE cc.user_id = k.user_id AND c.curriculum_id = k.curriculum_id) AS hours
       FROM curriculum_completion k WHERE ($1::uuid IS NULL OR k.user_id = $1) ORDER BY k.completed_at, k.user_id, k.curriculum_id`,
      [userId ?? null],
    );
    return rows.map((r) => ({ userId: r.user_id, curriculumId: r.curriculum_id, hours: Number(r.hours) }));
  }

  /** The credit hours of the curriculum's courses when the user completed every one of them, else null. */
  async allCoursesCompleted(userId: string, curriculumId: string): Promise<number | null> {
    const [row]: { total: string; done: string; hours: string }[] = await this.db.query(
      `SELECT (SELECT count(*) FROM course a WHERE a.curriculum_id = $2) AS total, count(cc.course_id) AS done,
              coalesce(sum(cc.credit_hours), 0) AS hours
       FROM course c JOIN course_completion cc ON cc.course_id = c.id AND cc.user_id = $1 WHERE c.curriculum_id = $2`,
      [userId, curriculumId],
    );
    return Number(row.total) > 0 && Number(row.done) === Number(row.total) ? Number(row.hours) : null;
  }
}
