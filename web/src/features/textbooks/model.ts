// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { TextbookIndexQuery } from './apparatus.generated';
import type { TextbookReaderQuery } from './reader.generated';
import type { TextbookContentsFieldsFragment } from './textbook.generated';
import type { TextbooksQuery } from './textbooks.generated';

export type AnnexEntry = TextbookIndexQuery['textbook']['glossaryAnnex'][number];
export type ReaderTextbook = TextbookReaderQuery['textbook'];
export type ReaderSection = ReaderTextbook['chapters'][number]['sections'][number];
type ContentsChapter = TextbookContentsFieldsFragment['chapters'][number];
export type TextbookSectionLink = Omit<ContentsChapter['sections'][number], '__typename'>;
/** A chapter of the contents, or of the reader's book whose sections carry their text. */
export type TextbookChapter<Section extends TextbookSectionLink = TextbookSectionLink> = Omit<
  ContentsChapter,
  '__typename' | 'sections'
> & {
  sections: Section[];
};
export type TextbookSummary = TextbooksQuery['textbooks'][number];
