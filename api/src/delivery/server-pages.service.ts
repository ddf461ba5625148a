import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurriculaService } from '../curricula/curricula.service';
import { TextbooksService } from '../textbooks/textbooks.service';
import type { ServerPage } from './server-pages';

/** The published text of the pages rendered on the server, read through the services the GraphQL queries use. */
@Injectable()
export class ServerPagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly curricula: CurriculaService,
    private readonly textbooks: TextbooksService,
  ) {}

  async lesson(id: string): Promise<ServerPage> {
    const lesson = await this.curricula.getLesson(id);
    const course = await this.curricula.getCourse(lesson.courseId);
    return {
      title: lesson.title,
      lead: lesson.summary,
      markdown: lesson.body,
      breadcrumb: { href: `/courses/${encodeURIComponent(course.id)}`, label: course.title },
    };
  }

  async course(id: string): Promise<ServerPage> {
    const course = await this.curricula.getCourse(id);
    const lessons: { id: string; title: string }[] = await this.db.query(
      `SELECT l.id, l.title FROM lesson l JOIN course_module m ON m.id = l.module_id
        WHERE l.course_id = $1 ORDER BY m.position, l.position`,
      [id],
    );
    return {
      title: course.title,
      lead: course.summary,
      markdown: course.description,
      links: lessons.map((l) => ({ href: `/lessons/${encodeURIComponent(l.id)}`, label: l.title })),
    };
  }

  /** A section of a textbook; `undefined` when the book has no such section. */
  async textbookSection(textbookId: string, sectionId: string): Promise<ServerPage | undefined> {
    const textbook = await this.textbooks.get(textbookId);
    const chapters = (await this.textbooks.chaptersOf([textbook.id])).get(textbook.id) ?? [];
    for (const chapter of chapters) {
      const section = chapter.sections.find((s) => s.id === sectionId);
      if (section) {
        return {
          title: section.title,
          eyebrow: chapter.title,
          markdown: section.body,
          breadcrumb: { href: `/textbooks/${encodeURIComponent(textbook.id)}`, label: textbook.title },
        };
      }
    }
    return undefined;
  }
}
