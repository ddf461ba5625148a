import { createHash } from 'node:crypto';
import { glossaryAnnex, textbookText, type ContentSet, type SectionContent } from '@dari/content';
import type { CareLevel } from '../organisations/organisation.enums';
import type { Cadre } from '../users/cadre.enum';
import type { Topic } from '../curricula/topic.enum';
import type { TextbookChapter } from '../textbooks/textbook-chapter.entity';
import type { TextbookSection } from '../textbooks/textbook-section.entity';
import type { Textbook } from '../textbooks/textbook.entity';
import { titles } from './curricula-rows';
import { stable } from './upsert';

export type TextbookRow = Omit<Textbook, 'version' | 'updatedAt' | 'reviewStatus'>;
export interface TextbookRows {
  textbooks: TextbookRow[];
  chapters: TextbookChapter[];
  /** Without `version`: the importer numbers versions of written sections as it writes them. */
  sections: Omit<TextbookSection, 'version'>[];
}

/** Flattens textbooks into rows; each textbook carries a hash of everything printed in it. */
export function toTextbookRows(content: ContentSet): TextbookRows {
  const rows: TextbookRows = { textbooks: [], chapters: [], sections: [] };
  content.textbooks.forEach((book, bookPos) => {
    const indexTerms = book.index ?? [];
    const annex = glossaryAnnex(textbookText(book), content.glossary);
    rows.textbooks.push({
      id: book.id,
      position: bookPos,
      ...titles(book),
      topic: book.topic as Topic,
      careLevel: book.careLevel as CareLevel,
      cadres: book.cadres as Cadre[],
      edition: book.edition,
      preface: book.body,
      indexTerms,
      glossaryAnnex: annex,
      contentHash: hash([
        book.title,
        book.summary,
        book.edition,
        book.body,
        book.chapters.map((c) => [c.id, c.title, c.sections.map(printed)]),
        indexTerms,
        annex,
      ]),
    });
    book.chapters.forEach((chapter, chapterPos) => {
      rows.chapters.push({ id: chapter.id, textbookId: book.id, position: chapterPos, title: chapter.title.ko, titleEn: chapter.title.en });
      chapter.sections.forEach((section, sectionPos) => {
        const common = { id: section.id, textbookId: book.id, chapterId: chapter.id, position: sectionPos };
        rows.sections.push(
          section.kind === 'lesson'
            ? { ...common, lessonId: section.id, title: null, titleEn: null, body: null, references: [], reviewBy: null }
            : {
                ...common,
                lessonId: null,
                title: section.title.ko,
                titleEn: section.title.en,
                body: section.body,
                references: section.references ?? [],
                reviewBy: section.reviewBy,
              },
        );
      });
    });
  });
  return rows;
}

function printed(section: SectionContent): unknown {
  if (section.kind === 'section') return [section.id, section.title, section.body, section.references ?? []];
  const { id, title, body, references, reviewBy } = section.lesson;
  return [id, title, body, references, reviewBy];
}

function hash(value: unknown): string {
  return createHash('sha256').update(stable(value)).digest('hex');
}
