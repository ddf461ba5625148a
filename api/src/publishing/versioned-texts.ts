import { itemToYaml, parseItemYaml, toStoredItem } from '@dari/content';
import { type EntityManager, IsNull } from 'typeorm';
import type { Messages } from '../common/domain.exception';
import { QuestionItem } from '../quizzes/question-item.entity';
import { TextbookSection } from '../textbooks/textbook-section.entity';
import { Textbook } from '../textbooks/textbook.entity';
import { VersionedKind } from './content-version.entity';
import { Lesson } from '../curricula/lesson.entity';
import { InvalidItemException, SectionShowsLessonException } from './versioned-text.exception';

export interface StoredText {
  version: number;
  title: string;
  titleEn: string;
  body: string;
}

/** How one kind of versioned content is read as a text and written back from one. */
export interface VersionedTexts {
  label: Messages;
  read(manager: EntityManager, id: string): Promise<StoredText | null>;
  /** Problems that refuse the text (the revision is not saved). */
  check(manager: EntityManager, id: string, body: string): Promise<void>;
  /** Writes the text as `version` if the stored one is still `before`; false if it is not. */
  write(
    manager: EntityManager,
    id: string,
    before: number,
    text: { title: string; body: string },
    version: number,
  ): Promise<{ written: boolean; title: string }>;
}

const lessons: VersionedTexts = {
  label: { ko: '강의', en: 'Lesson' },
  async read(manager, id) {
    const lesson = await manager.findOne(Lesson, {
      where: { id },
      select: { id: true, version: true, title: true, titleEn: true, body: true },
    });
    return lesson && { version: lesson.version, title: lesson.title, titleEn: lesson.titleEn, body: lesson.body };
  },
  async check() {},
  async write(manager, id, before, text, version) {
    const result = await manager.update(Lesson, { id, version: before }, { title: text.title, body: text.body, version });
    return { written: result.affected === 1, title: text.title };
  },
};

/** Written sections only; section ids are unique across content/ (the loader claims them), so the id names one. */
const sections: VersionedTexts = {
  label: { ko: '교과서 절', en: 'Textbook section' },
  async read(manager, id) {
    const section = await manager.findOne(TextbookSection, { where: { id } });
    if (section?.lessonId) throw new SectionShowsLessonException(id, section.lessonId);
    return section && { version: section.version, title: section.title ?? '', titleEn: section.titleEn ?? '', body: section.body ?? '' };
  },
  async check() {},
  async write(manager, id, before, text, version) {
    const result = await manager.update(
      TextbookSection,
      { id, lessonId: IsNull(), version: before },
      { title: text.title, body: text.body, version },
    );
    // The book changed: its version names the printed edition and keys the PDF cache.
    const books = await manager.find(TextbookSection, { where: { id }, select: { textbookId: true } });
    for (const { textbookId } of books) {
      await manager
        .createQueryBuilder()
        .update(Textbook)
        .set({ version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :textbookId', { textbookId })
        .execute();
    }
    return { written: result.affected === 1, title: text.title };
  },
};

/** A question item, as YAML in the format of one item of a quiz file (answer key included: faculty only). */
const items: VersionedTexts = {
  label: { ko: '문제항목', en: 'Question item' },
  async read(manager, id) {
    const item = await manager.findOne(QuestionItem, { where: { id } });
    return item && { version: item.version, title: itemTitle(item.stem), titleEn: '', body: itemToYaml(item) };
  },
  async check(manager, id, body) {
    await parsedItem(manager, id, body);
  },
  async write(manager, id, before, text, version) {
    const item = await parsedItem(manager, id, text.body);
    const { type, objective, stem, caseText, options, correct, explanation } = toStoredItem(item);
    const result = await manager.update(
      QuestionItem,
      { id, version: before },
      { type, objective, stem, caseText, options, correct, explanation, version },
    );
    return { written: result.affected === 1, title: itemTitle(item.stem) };
  },
};

/** The item's YAML parsed and checked: the schema, the answer key, its own id and its lesson's objectives. */
async function parsedItem(manager: EntityManager, id: string, body: string) {
  const parsed = parseItemYaml(body);
  if (!parsed.ok) throw new InvalidItemException(parsed.errors.map((e) => `line ${e.line}: ${e.message}`));
  const problems: string[] = [];
  if (parsed.item.id !== id) problems.push(`id: must stay "${id}"`);
  const lessonObjectives: { count: number }[] = await manager.query(
    `SELECT jsonb_array_length(l.objectives) AS count FROM question_item i JOIN quiz q ON q.id = i.quiz_id JOIN lesson l ON l.id = q.lesson_id WHERE i.id = $1`,
    [id],
  );
  const count = lessonObjectives[0]?.count;
  if (count !== undefined && parsed.item.objective > count)
    problems.push(`objective: ${parsed.item.objective} does not exist, the lesson has ${count}`);
  if (problems.length) throw new InvalidItemException(problems);
  return parsed.item;
}

/** An item's title in lists and notifications: its stem, shortened. */
export function itemTitle(stem: string): string {
  const line = stem.trim().split('\n')[0];
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export const VERSIONED_TEXTS: Record<VersionedKind, VersionedTexts> = {
  [VersionedKind.lesson]: lessons,
  [VersionedKind.textbookSection]: sections,
  [VersionedKind.questionItem]: items,
};
