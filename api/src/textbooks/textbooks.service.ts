import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Lesson } from '../curricula/lesson.entity';
import { selectSelfAssessment, type LessonItem } from './self-assessment';
import type { SelfAssessmentQuestion } from './textbook-apparatus.model';
import { TextbookChapter } from './textbook-chapter.entity';
import { TextbookSection } from './textbook-section.entity';
import { Textbook } from './textbook.entity';
import type { TextbookChapterView, TextbookSectionView } from './textbook.model';

@Injectable()
export class TextbooksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<Textbook[]> {
    return this.db.getRepository(Textbook).find({ order: { position: 'ASC' } });
  }

  async get(id: string): Promise<Textbook> {
    const textbook = await this.db.getRepository(Textbook).findOneBy({ id });
    if (!textbook) throw new NotFoundException({ ko: '교과서', en: 'Textbook' }, id);
    return textbook;
  }

  /** Chapters with their sections for several textbooks in three queries, whatever their size. */
  async chaptersOf(textbookIds: readonly string[]): Promise<Map<string, TextbookChapterView[]>> {
    const ids = [...textbookIds];
    const [chapters, sections] = await Promise.all([
      this.db.getRepository(TextbookChapter).find({ where: { textbookId: In(ids) }, order: { position: 'ASC' } }),
      this.db.getRepository(TextbookSection).find({ where: { textbookId: In(ids) }, order: { position: 'ASC' } }),
    ]);
    const lessonIds = sections.flatMap((s) => (s.lessonId ? [s.lessonId] : []));
    const lessons = new Map(
      (lessonIds.length ? await this.db.getRepository(Lesson).findBy({ id: In(lessonIds) }) : []).map((l) => [l.id, l]),
    );
    const result = new Map<string, TextbookChapterView[]>(ids.map((id) => [id, []]));
    for (const chapter of chapters) {
      result.get(chapter.textbookId)!.push({
        id: chapter.id,
        position: chapter.position,
        title: chapter.title,
        titleEn: chapter.titleEn,
        sections: sections
          .filter((s) => s.chapterId === chapter.id)
          .map((s) => toView(s, s.lessonId ? lessons.get(s.lessonId) : undefined)),
      });
    }
    return result;
  }

  /**
   * Each chapter's self-assessment, drawn from the quiz items of its lesson sections (one query for all the
   * chapters), and the sum of those items' versions: a reviewed item changes the printed book.
   */
  async selfAssessments(
    chapters: TextbookChapterView[],
  ): Promise<{ questions: Map<string, SelfAssessmentQuestion[]>; itemsVersion: number }> {
    const lessonIds = chapters.flatMap((c) => c.sections.flatMap((s) => (s.lesson ? [s.lesson.id] : [])));
    const items: (LessonItem & { version: number })[] = lessonIds.length
      ? await this.db.query(
          `SELECT q.lesson_id AS "lessonId", i.id, i.type, i.stem, i.case_text AS "caseText", i.options, i.correct, i.explanation, i.version
           FROM quiz q JOIN question_item i ON i.quiz_id = q.id WHERE q.lesson_id = ANY($1) ORDER BY q.position, q.id, i.position`,
          [lessonIds],
        )
      : [];
    const questions = new Map(
      chapters.map((c) => [
        c.id,
        selectSelfAssessment(
          c.sections.flatMap((s) => (s.lesson ? [s.lesson.id] : [])),
          items,
        ),
      ]),
    );
    const chosen = new Set([...questions.values()].flat().map((q) => q.id));
    return { questions, itemsVersion: items.filter((i) => chosen.has(i.id)).reduce((n, i) => n + i.version, 0) };
  }
}

function toView(section: TextbookSection, lesson: Lesson | undefined): TextbookSectionView {
  if (lesson) {
    const { title, titleEn, body, version, reviewBy, references } = lesson;
    return { id: section.id, position: section.position, title, titleEn, body, version, reviewBy, references, lesson };
  }
  return {
    id: section.id,
    position: section.position,
    title: section.title ?? '',
    titleEn: section.titleEn ?? '',
    body: section.body ?? '',
    version: section.version,
    reviewBy: section.reviewBy,
    references: section.references,
    lesson: null,
  };
}
