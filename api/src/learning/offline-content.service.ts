import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QuestionItem } from '../quizzes/question-item.entity';
import type { OfflineQuizItem, SavedCourseVersions, SavedContentVersion } from './offline.model';
import { QuestionType } from './learning.model';
import { optionsOf } from './scoring';

type Row = SavedContentVersion & { courseId: string };

const MAX_COURSES = 100;

/** What a browser keeps for offline reading, and the versions it compares its copy with. */
@Injectable()
export class OfflineContentService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A saved quiz's items in the quiz's order, with options but without the answer key or explanations. */
  async quizItems(quizId: string): Promise<OfflineQuizItem[]> {
    const items = await this.db.getRepository(QuestionItem).find({
      select: { id: true, type: true, stem: true, caseText: true, options: true },
      where: { quizId },
      order: { position: 'ASC' },
    });
    return items.map((item) => ({
      id: item.id,
      type: item.type as QuestionType,
      stem: item.stem,
      caseText: item.caseText,
      options: optionsOf(item),
    }));
  }

  /** Three light queries for any number of courses; unknown ids are left out. */
  async versions(courseIds: string[]): Promise<SavedCourseVersions[]> {
    const ids = [...new Set(courseIds)].slice(0, MAX_COURSES);
    const [courses, lessons, quizzes, textbooks] = await Promise.all([
      this.db.query<{ id: string }[]>(`SELECT id FROM course WHERE id = ANY($1)`, [ids]),
      this.rows(
        `SELECT l.course_id AS "courseId", l.id, l.version::text AS version, l.title, l.title_en AS "titleEn"
           FROM lesson l JOIN course_module m ON m.id = l.module_id
          WHERE l.course_id = ANY($1) ORDER BY m.position, l.position`,
        ids,
      ),
      // A quiz has no version of its own: its items' ids and versions (and the pass mark) stand for it.
      this.rows(
        `SELECT q.course_id AS "courseId", q.id, q.title, q.title_en AS "titleEn",
                md5(q.pass_mark || ':' || coalesce(string_agg(i.id || ':' || i.version, ',' ORDER BY i.position), '')) AS version
           FROM quiz q LEFT JOIN question_item i ON i.quiz_id = q.id
          WHERE q.course_id = ANY($1) GROUP BY q.id ORDER BY q.position`,
        ids,
      ),
      this.rows(
        `SELECT DISTINCT l.course_id AS "courseId", t.id, t.version::text AS version, t.title, t.title_en AS "titleEn"
           FROM textbook_section s JOIN lesson l ON l.id = s.lesson_id JOIN textbook t ON t.id = s.textbook_id
          WHERE l.course_id = ANY($1) ORDER BY t.id`,
        ids,
      ),
    ]);
    const of = (rows: Row[], courseId: string) =>
      rows.filter((row) => row.courseId === courseId).map(({ id, version, title, titleEn }) => ({ id, version, title, titleEn }));
    return ids
      .filter((id) => courses.some((course) => course.id === id))
      .map((courseId) => ({
        courseId,
        lessons: of(lessons, courseId),
        quizzes: of(quizzes, courseId),
        textbooks: of(textbooks, courseId),
      }));
  }

  private rows(sql: string, ids: string[]): Promise<Row[]> {
    return this.db.query<Row[]>(sql, [ids]);
  }
}
