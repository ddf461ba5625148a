import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Lesson } from '../curricula/lesson.entity';
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
        sections: sections.filter((s) => s.chapterId === chapter.id).map((s) => toView(s, s.lessonId ? lessons.get(s.lessonId) : undefined)),
      });
    }
    return result;
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
