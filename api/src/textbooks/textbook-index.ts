import { sortTerms } from './pdf/book-index';
import type { TextbookIndexEntry } from './textbook-apparatus.model';
import type { TextbookChapterView } from './textbook.model';

/** The online index: each term, in the printed index's order, with the sections whose text contains it. */
export function textbookIndex(terms: string[], chapters: TextbookChapterView[]): TextbookIndexEntry[] {
  const sections = chapters.flatMap((c) => c.sections);
  return sortTerms(terms).map((term) => ({
    term,
    sections: sections.filter((s) => s.body.includes(term) || s.title.includes(term)).map(({ id, title }) => ({ id, title })),
  }));
}
