import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { REVIEWED } from '../../content-import/reviewed-kinds';
import type { ReviewedKind } from '../../content-import/reviewed-text';
import { Checklist } from '../../curricula/checklist.entity';
import { Course } from '../../curricula/course.entity';
import { CourseModule } from '../../curricula/course-module.entity';
import { Curriculum } from '../../curricula/curriculum.entity';
import { Lesson } from '../../curricula/lesson.entity';
import { QuestionItem } from '../../quizzes/question-item.entity';
import { Quiz } from '../../quizzes/quiz.entity';
import { TextbookChapter } from '../../textbooks/textbook-chapter.entity';
import { TextbookSection } from '../../textbooks/textbook-section.entity';
import { Textbook } from '../../textbooks/textbook.entity';

/**
 * The tables a content package carries, in the order they are written and applied (parents first). A row is
 * its entity's columns as stored; versioned texts (lessons, written sections, items) also carry their history.
 */
export interface ContentTable<T extends ObjectLiteral = ObjectLiteral> {
  type: string;
  entity: EntityTarget<T>;
  key: (row: Partial<T>) => string;
  /** Columns that are the install's own (counters, timestamps): never sent, never compared. */
  local: string[];
  /** How the row's text is versioned, for the kinds faculty revise. */
  reviewed?: ReviewedKind<T>;
  title: (row: Partial<T>) => string;
}

const byId = (row: { id?: string }) => row.id!;
const titled = (row: { title?: string | null }) => row.title ?? '';

export const CONTENT_TABLES: ContentTable[] = [
  { type: 'curriculum', entity: Curriculum, key: byId, local: [], title: titled },
  { type: 'course', entity: Course, key: byId, local: [], title: titled },
  { type: 'module', entity: CourseModule, key: byId, local: [], title: titled },
  { type: 'lesson', entity: Lesson, key: byId, local: ['version'], reviewed: REVIEWED.lessons, title: titled } as ContentTable<Lesson>,
  { type: 'quiz', entity: Quiz, key: byId, local: [], title: titled },
  {
    type: 'item',
    entity: QuestionItem,
    key: byId,
    local: ['version'],
    reviewed: REVIEWED.items,
    title: (i: Partial<QuestionItem>) => REVIEWED.items.text(i).title,
  } as ContentTable<QuestionItem>,
  { type: 'textbook', entity: Textbook, key: byId, local: ['version', 'updatedAt', 'reviewStatus'], title: titled },
  {
    type: 'chapter',
    entity: TextbookChapter,
    key: (s: Partial<TextbookChapter>) => `${s.textbookId}/${s.id}`,
    local: [],
    title: titled,
  } as ContentTable<TextbookChapter>,
  // Sections that show a lesson are versioned through that lesson: only written sections have texts of their own.
  {
    type: 'section',
    entity: TextbookSection,
    key: (s: Partial<TextbookSection>) => `${s.textbookId}/${s.id}`,
    local: ['version'],
    reviewed: REVIEWED.sections,
    title: titled,
  } as ContentTable<TextbookSection>,
  { type: 'checklist', entity: Checklist, key: byId, local: ['version'], title: titled },
] as ContentTable[];

export const GLOSSARY_TYPE = 'glossary';
export const FIGURE_TYPE = 'figure';
export const RECORD_TYPES = [...CONTENT_TABLES.map((t) => t.type), GLOSSARY_TYPE, FIGURE_TYPE];

/** One published version of a text, as the exporting install keeps it. */
export interface PackagedVersion {
  version: number;
  title: string;
  titleEn: string;
  body: string;
  meta: Record<string, unknown>;
  source: string;
  publishedAt: string | null;
}

/** A versioned text's record: its row and every published version, oldest first. */
export interface VersionedRecord {
  row: ObjectLiteral;
  versions: PackagedVersion[];
}

export interface FigureRecord {
  name: string;
  sha256: string;
  base64: string;
}

/** The manifest's content-specific fields. */
export interface ContentManifestFields {
  curriculumId: string | null;
  counts: Record<string, number>;
}

/** Whether a row's text is versioned (a section that shows a lesson is not). */
export const isVersioned = (table: ContentTable, row: ObjectLiteral) =>
  table.reviewed !== undefined && !(table.type === 'section' && row.lessonId);

export function withoutLocal(table: ContentTable, row: ObjectLiteral): ObjectLiteral {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !table.local.includes(column)));
}
