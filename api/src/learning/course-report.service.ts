import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Course } from '../curricula/course.entity';
import { Quiz } from '../quizzes/quiz.entity';
import type { CourseReport, ItemDifficulty } from './learning.model';

/** Faculty's view of a course: a fixed number of queries however many trainees it has. */
@Injectable()
export class CourseReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(courseId: string): Promise<CourseReport> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw new NotFoundException({ ko: '과정', en: 'Course' }, courseId);
    const [quizzes, trainees, results, difficult] = await Promise.all([
      this.db.getRepository(Quiz).find({ where: { courseId }, order: { position: 'ASC' } }),
      this.db.query(
        `SELECT e.user_id, u.username, u.display_name, e.enrolled_at, cc.completed_at,
           (SELECT count(*) FROM lesson l WHERE l.course_id = e.course_id) AS lessons_total,
           (SELECT count(*) FROM lesson_progress p WHERE p.user_id = e.user_id AND p.course_id = e.course_id AND p.completed_at IS NOT NULL) AS lessons_completed
         FROM enrolment e JOIN "user" u ON u.id = e.user_id
         LEFT JOIN course_completion cc ON cc.user_id = e.user_id AND cc.course_id = e.course_id
         WHERE e.course_id = $1 ORDER BY u.display_name`,
        [courseId],
      ),
      this.db.query(
        `SELECT a.user_id, a.quiz_id, count(*) AS attempts, max(a.score) AS best, bool_or(coalesce(a.passed, false)) AS passed
         FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id WHERE q.course_id = $1 GROUP BY a.user_id, a.quiz_id`,
        [courseId],
      ),
      this.difficultItems(courseId),
    ]);
    const quizById = new Map(quizzes.map((q) => [q.id, q]));
    return {
      course,
      difficultItems: difficult,
      trainees: trainees.map((t: Record<string, never>) => ({
        userId: t.user_id,
        username: t.username,
        displayName: t.display_name,
        enrolledAt: t.enrolled_at,
        completedAt: t.completed_at,
        lessonsTotal: Number(t.lessons_total),
        lessonsCompleted: Number(t.lessons_completed),
        quizResults: quizzes.map((quiz) => {
          const r = results.find((x: Record<string, string>) => x.user_id === t.user_id && x.quiz_id === quiz.id);
          return {
            quiz: quizById.get(quiz.id)!,
            attempts: Number(r?.attempts ?? 0),
            bestScore: r?.best ?? null,
            passed: r?.passed ?? false,
          };
        }),
      })),
    };
  }

  /** Kolibri's "difficult questions": items of submitted attempts that someone answered wrong, most often wrong first. */
  private async difficultItems(courseId: string): Promise<ItemDifficulty[]> {
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT i.id, i.stem, q.title AS quiz_title, count(*) AS answered,
              count(*) FILTER (WHERE NOT (a.correct ? i.id)) AS wrong
       FROM quiz_attempt a
       JOIN quiz q ON q.id = a.quiz_id
       CROSS JOIN LATERAL jsonb_array_elements(a.layout) AS slot
       JOIN question_item i ON i.id = slot->>'itemId'
       WHERE q.course_id = $1 AND a.submitted_at IS NOT NULL
       GROUP BY i.id, i.stem, q.title
       HAVING count(*) FILTER (WHERE NOT (a.correct ? i.id)) > 0
       ORDER BY count(*) FILTER (WHERE NOT (a.correct ? i.id))::float / count(*) DESC, i.id
       LIMIT 20`,
      [courseId],
    );
    return rows.map((r) => ({
      itemId: r.id,
      stem: r.stem,
      quizTitle: r.quiz_title,
      answered: Number(r.answered),
      wrong: Number(r.wrong),
      wrongRate: Number(r.wrong) / Number(r.answered),
    }));
  }
}
