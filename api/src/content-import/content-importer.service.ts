import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadContent } from '@dari/content';
import { DataSource, type EntityManager, Not, In } from 'typeorm';
import { Checklist } from '../curricula/checklist.entity';
import { ContentVersion, VersionedKind } from '../publishing/content-version.entity';
import { Course } from '../curricula/course.entity';
import { CourseModule } from '../curricula/course-module.entity';
import { Curriculum } from '../curricula/curriculum.entity';
import { Lesson } from '../curricula/lesson.entity';
import { bumpSharedVersion } from '../database/shared-version';
import { GlossaryImportService } from '../glossary/glossary-import.service';
import { QuestionItem } from '../quizzes/question-item.entity';
import { Quiz } from '../quizzes/quiz.entity';
import { TextbookChapter } from '../textbooks/textbook-chapter.entity';
import { TextbookSection } from '../textbooks/textbook-section.entity';
import { Textbook } from '../textbooks/textbook.entity';
import { ContentInvalidException } from './content-import.exception';
import { toChecklistRows, toRows } from './curricula-rows';
import { toTextbookRows } from './textbook-rows';
import { keepReviewedText } from './reviewed-text';
import { REVIEWED } from './reviewed-kinds';
import { type ImportCounts, upsertChanged } from './upsert';

const STEPS = [
  'curricula',
  'courses',
  'modules',
  'lessons',
  'quizzes',
  'items',
  'textbooks',
  'chapters',
  'sections',
  'checklists',
  'glossary',
] as const;
export type ImportReport = Record<(typeof STEPS)[number], ImportCounts>;
/** Called after each step, so a long import can show where it is. */
export type ImportProgress = (step: string, done: number, total: number) => void;

/**
 * Loads content/ into the database: all or nothing (one transaction; nothing is written if any file is invalid),
 * idempotent (upsert by stable id; equal rows are not written), and versioned (every change to a lesson's or a
 * written section's text is a new published version; earlier versions are kept in content_version; a checklist's
 * version number moves with any change to it).
 */
@Injectable()
export class ContentImporter {
  private readonly logger = new Logger(ContentImporter.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly glossary: GlossaryImportService,
  ) {}

  async importFrom(root: string, onProgress: ImportProgress = () => undefined): Promise<ImportReport> {
    const content = loadContent(root);
    if (content.errors.length > 0) throw new ContentInvalidException(content.errors);
    const rows = toRows(content);
    const books = toTextbookRows(content);
    const now = new Date();
    const report = await this.db.transaction(async (manager) => {
      const result = {} as ImportReport;
      const step = async (name: keyof ImportReport, run: () => Promise<ImportCounts>) => {
        result[name] = await run();
        onProgress(name, STEPS.indexOf(name) + 1, STEPS.length);
      };
      const byId = (row: { id?: string }) => row.id!;
      const counts = async <T extends object>(p: Promise<{ counts: ImportCounts } & T>) => (await p).counts;
      await step('curricula', () => counts(upsertChanged(manager, Curriculum, rows.curricula, byId)));
      await step('courses', () => counts(upsertChanged(manager, Course, rows.courses, byId)));
      await step('modules', () => counts(upsertChanged(manager, CourseModule, rows.modules, byId)));
      await step('lessons', async () => {
        const lessons = await keepReviewedText(manager, REVIEWED.lessons, rows.lessons);
        const { counts: c, written } = await upsertChanged(manager, Lesson, lessons, byId, {
          ignore: ['version'],
          prepare: nextVersion(REVIEWED.lessons.text),
        });
        await recordVersions(
          manager,
          VersionedKind.lesson,
          written.map((w) => w.row as Lesson),
          now,
          (l) => ({
            title: l.title,
            titleEn: l.titleEn,
            body: l.body,
            meta: { objectives: l.objectives, references: l.references, reviewBy: l.reviewBy },
          }),
        );
        await bumpSharedVersion(manager, 'curricula'); // course outlines: every process reloads them
        return c;
      });
      await step('quizzes', () => counts(upsertChanged(manager, Quiz, rows.quizzes, byId)));
      await step('items', async () => {
        const items = await keepReviewedText(manager, REVIEWED.items, rows.items);
        const { counts: c, written } = await upsertChanged(manager, QuestionItem, items, byId, {
          ignore: ['version'],
          prepare: nextVersion(REVIEWED.items.text),
        });
        const textChanged = written.filter((w) => !w.before || REVIEWED.items.text(w.before).body !== REVIEWED.items.text(w.row).body);
        await recordVersions(
          manager,
          VersionedKind.questionItem,
          textChanged.map((w) => w.row as QuestionItem),
          now,
          (i) => ({ ...REVIEWED.items.text(i), titleEn: '', meta: {} }),
        );
        return c;
      });
      await step('textbooks', () =>
        counts(
          upsertChanged(manager, Textbook, books.textbooks, byId, {
            prepare: (row, before) => ({ ...row, version: (before?.version ?? 0) + 1, updatedAt: now }),
          }),
        ),
      );
      await step('chapters', () => counts(upsertChanged(manager, TextbookChapter, books.chapters, byId)));
      await step('sections', async () => {
        const key = (s: Partial<TextbookSection>) => `${s.textbookId}/${s.id}`;
        const sections = await keepReviewedText(manager, REVIEWED.sections, books.sections);
        const { counts: c, written } = await upsertChanged(manager, TextbookSection, sections, key, {
          ignore: ['version'],
          prepare: nextVersion(REVIEWED.sections.text),
        });
        const textChanged = written.filter(
          (w) => w.row.lessonId === null && (!w.before || w.before.body !== w.row.body || w.before.title !== w.row.title),
        );
        await recordVersions(
          manager,
          VersionedKind.textbookSection,
          textChanged.map((w) => w.row as TextbookSection),
          now,
          (s) => ({
            title: s.title ?? '',
            titleEn: s.titleEn ?? '',
            body: s.body ?? '',
            meta: { references: s.references, reviewBy: s.reviewBy },
          }),
        );
        await removeDropped(manager, books);
        return c;
      });
      // A checklist's version moves with any change, like a textbook's: assessments keep the version they used.
      await step('checklists', () =>
        counts(
          upsertChanged(manager, Checklist, toChecklistRows(content), byId, {
            ignore: ['version'],
            prepare: (row, before) => ({ ...row, version: (before?.version ?? 0) + 1 }),
          }),
        ),
      );
      // Keyed by South + North term; entries faculty confirmed or rejected are never overwritten.
      await step('glossary', () => this.glossary.importFromContent(manager, content.glossary));
      return result;
    });
    this.logger.log(`content imported from ${root}: ${JSON.stringify(report)}`);
    return report;
  }
}

/** A written row's version: one more than the stored one when its text changed. */
function nextVersion<T extends { version?: number }>(text: (row: Partial<T>) => { title: string; body: string }) {
  return (row: Partial<T>, before: T | undefined): Partial<T> => {
    if (!before) return { ...row, version: 1 };
    const [was, now] = [text(before), text(row)];
    const textChanged = was.body !== now.body || was.title !== now.title;
    return { ...row, version: (before.version ?? 1) + (textChanged ? 1 : 0) };
  };
}

async function recordVersions<T extends { id: string; version: number }>(
  manager: EntityManager,
  kind: VersionedKind,
  rows: T[],
  publishedAt: Date,
  versioned: (row: T) => { title: string; titleEn: string; body: string; meta: Record<string, unknown> },
) {
  const versions = rows.map((r) => ({ kind, contentId: r.id, version: r.version, ...versioned(r), source: 'import', publishedAt }));
  for (let i = 0; i < versions.length; i += 200) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContentVersion)
      .values(versions.slice(i, i + 200) as never)
      .orIgnore()
      .execute();
  }
}

/** Chapters and sections are the book's structure: what the source no longer lists is removed from the book. */
async function removeDropped(manager: EntityManager, books: ReturnType<typeof toTextbookRows>) {
  for (const book of books.textbooks) {
    const sectionIds = books.sections.filter((s) => s.textbookId === book.id).map((s) => s.id);
    const chapterIds = books.chapters.filter((c) => c.textbookId === book.id).map((c) => c.id);
    await manager.delete(TextbookSection, { textbookId: book.id, id: Not(In(sectionIds)) });
    await manager.delete(TextbookChapter, { textbookId: book.id, id: Not(In(chapterIds)) });
  }
}
