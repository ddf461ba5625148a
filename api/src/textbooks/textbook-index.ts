import type { TextbookIndexEntry } from './textbook-apparatus.model';
import type { TextbookChapterView } from './textbook.model';

/** The online index: each term, in Korean dictionary order, with the sections whose text contains it. */
export function textbookIndex(terms: string[], chapters: TextbookChapterView[]): TextbookIndexEntry[] {
  const sections = chapters.flatMap((c) => c.sections);
  return [...terms]
    .sort((a, b) => a.localeCompare(b, 'ko'))
    .map((term) => ({
      term,
      sections: sections.filter((s) => s.body.includes(term) || s.title.includes(term)).map(({ id, title }) => ({ id, title })),
    }));
}
