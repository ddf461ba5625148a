import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Curriculum } from '../curricula/curriculum.entity';
import { type PrintableBook, unlessListed } from './pdf/printable-book';
import { PdfRenderer } from './pdf/pdf-renderer';
import { TextbooksService } from './textbooks.service';

const REVIEW_STATUS_KO: Record<string, string> = { unreviewed: '검토 전', approved: '검토 승인' };
const CACHE_SIZE = 4;

export interface RenderedPdf {
  fileName: string;
  etag: string;
  pdf: Buffer;
}

/**
 * Print-ready PDFs of textbooks and curricula, rendered on demand in a worker thread and kept while their
 * content is unchanged: in `rendered_pdf` (shared by every API process; keyed by content version, so a new
 * version is a new key) and the last few in memory.
 */
@Injectable()
export class TextbookPdfService {
  private readonly cache = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly textbooks: TextbooksService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly renderer: PdfRenderer,
  ) {}

  async textbookPdf(id: string): Promise<RenderedPdf> {
    const textbook = await this.textbooks.get(id);
    const chapters = (await this.textbooks.chaptersOf([textbook.id])).get(textbook.id) ?? [];
    const { questions, itemsVersion } = await this.textbooks.selfAssessments(chapters);
    const key = `textbook:${textbook.id}@${textbook.version}.${itemsVersion}`;
    return this.rendered(key, `${textbook.id}-e${textbook.edition}v${textbook.version}.pdf`, () => ({
      title: textbook.title,
      subtitle: textbook.titleEn,
      preface: textbook.preface,
      chapters: chapters.map((c) => ({
        id: c.id,
        title: c.title,
        sections: c.sections.map((s) => ({ id: s.id, title: s.title, markdown: s.body, references: unlessListed(s.body, s.references) })),
        selfAssessment: (questions.get(c.id) ?? []).map((q) => ({ ...q, case: q.case ?? undefined })),
      })),
      index: textbook.indexTerms,
      glossary: textbook.glossaryAnnex,
      stamp: {
        edition: textbook.edition,
        version: String(textbook.version),
        date: textbook.updatedAt.toISOString().slice(0, 10),
        reviewStatus: REVIEW_STATUS_KO[textbook.reviewStatus] ?? textbook.reviewStatus,
      },
      mediaDir: this.mediaDir,
    }));
  }

  /** A whole curriculum as one book: a chapter per course, its lessons in reading order. */
  async curriculumPdf(id: string): Promise<RenderedPdf> {
    const curriculum = await this.db.getRepository(Curriculum).findOneBy({ id });
    if (!curriculum) throw new NotFoundException({ ko: '교육과정', en: 'Curriculum' }, id);
    const lessons: {
      course_id: string;
      course_title: string;
      id: string;
      title: string;
      body: string;
      version: number;
      references: PrintableBook['chapters'][number]['sections'][number]['references'];
      published: Date | null;
    }[] = await this.db.query(
      `SELECT c.id AS course_id, c.title AS course_title, l.id, l.title, l.body, l.version, l.references,
                (SELECT max(v.published_at) FROM content_version v WHERE v.kind = 'lesson' AND v.content_id = l.id) AS published
         FROM course c JOIN course_module m ON m.course_id = c.id JOIN lesson l ON l.module_id = m.id
         WHERE c.curriculum_id = $1 ORDER BY c.position, m.position, l.position`,
      [id],
    );
    const version = lessons.reduce((n, l) => n + l.version, 0);
    const date = lessons.reduce((d, l) => (l.published && l.published > d ? l.published : d), new Date(0));
    const courses = [...new Map(lessons.map((l) => [l.course_id, l.course_title])).entries()];
    return this.rendered(`curriculum:${id}@${version}`, `${id}-v${version}.pdf`, () => ({
      title: curriculum.title,
      subtitle: curriculum.titleEn,
      chapters: courses.map(([courseId, title]) => ({
        id: courseId,
        title,
        sections: lessons
          .filter((l) => l.course_id === courseId)
          .map((l) => ({ id: l.id, title: l.title, markdown: l.body, references: unlessListed(l.body, l.references) })),
      })),
      stamp: { edition: 1, version: String(version), date: date.toISOString().slice(0, 10), reviewStatus: REVIEW_STATUS_KO.unreviewed },
      mediaDir: this.mediaDir,
    }));
  }

  private get mediaDir() {
    return join(this.config.contentDir, 'media');
  }

  private async rendered(key: string, fileName: string, book: () => PrintableBook): Promise<RenderedPdf> {
    let pdf = this.cache.get(key);
    if (!pdf) {
      pdf = this.stored(key, book);
      pdf.catch(() => this.cache.delete(key));
      this.cache.set(key, pdf);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return { fileName, etag: `"${key}"`, pdf: await pdf };
  }

  /** The PDF another process (or this one, earlier) stored, or a new rendering, stored for the others. */
  private async stored(key: string, book: () => PrintableBook): Promise<Buffer> {
    const [found]: { pdf: Buffer }[] = await this.db.query(`SELECT pdf FROM rendered_pdf WHERE key = $1`, [key]);
    if (found) return found.pdf;
    const pdf = await this.renderer.render(book());
    const subject = key.slice(0, key.lastIndexOf('@'));
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM rendered_pdf WHERE subject = $1 AND key <> $2`, [subject, key]);
      await manager.query(`INSERT INTO rendered_pdf (key, subject, pdf) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`, [
        key,
        subject,
        pdf,
      ]);
    });
    return pdf;
  }
}
