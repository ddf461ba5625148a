import type { TextbookChapter, TextbookSectionLink } from './model';

export interface NumberedSection<Section extends TextbookSectionLink> {
  section: Section;
  /** "2.3": the third section of the second chapter. */
  number: string;
}

export interface NumberedChapter<Section extends TextbookSectionLink> {
  chapter: TextbookChapter<Section>;
  number: number;
  sections: NumberedSection<Section>[];
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Chapters and sections in reading order, numbered from 1 by their order (not by the raw positions). */
export function numberChapters<Section extends TextbookSectionLink>(
  chapters: readonly TextbookChapter<Section>[],
): NumberedChapter<Section>[] {
  return [...chapters].sort(byPosition).map((chapter, chapterIndex) => ({
    chapter,
    number: chapterIndex + 1,
    sections: [...chapter.sections].sort(byPosition).map((section, sectionIndex) => ({
      section,
      number: `${chapterIndex + 1}.${sectionIndex + 1}`,
    })),
  }));
}

export interface SectionInBook<Section extends TextbookSectionLink> extends NumberedSection<Section> {
  chapter: NumberedChapter<Section>;
  previous: NumberedSection<Section> | null;
  next: NumberedSection<Section> | null;
}

/** Finds a section with its chapter and its neighbours in reading order, across chapter boundaries. */
export function findSection<Section extends TextbookSectionLink>(
  chapters: readonly TextbookChapter<Section>[],
  sectionId: string,
): SectionInBook<Section> | null {
  const inOrder = numberChapters(chapters).flatMap((chapter) => chapter.sections.map((numbered) => ({ ...numbered, chapter })));
  const index = inOrder.findIndex(({ section }) => section.id === sectionId);
  if (index === -1) return null;
  return { ...inOrder[index], previous: inOrder[index - 1] ?? null, next: inOrder[index + 1] ?? null };
}

export function firstSection<Section extends TextbookSectionLink>(chapters: readonly TextbookChapter<Section>[]): Section | null {
  return numberChapters(chapters).find((chapter) => chapter.sections.length > 0)?.sections[0].section ?? null;
}
