import { describe, expect, it } from 'vitest';
import type { TextbookChapter } from './model';
import { findSection, firstSection, numberChapters } from './toc';

const section = (id: string, position: number) => ({ id, position, title: id, titleEn: id });
const chapter = (id: string, position: number, sections: ReturnType<typeof section>[]): TextbookChapter => ({
  id,
  position,
  title: id,
  titleEn: id,
  sections,
});

// Listed out of order, with gaps in the positions, and an empty chapter.
const chapters = [
  chapter('birth', 20, [section('labour', 5)]),
  chapter('empty', 15, []),
  chapter('pregnancy', 10, [section('anaemia', 2), section('basics', 1)]),
];

describe('numberChapters', () => {
  it('orders by position and numbers by order', () => {
    const numbered = numberChapters(chapters);
    expect(numbered.map(({ chapter: { id }, number }) => [id, number])).toEqual([
      ['pregnancy', 1],
      ['empty', 2],
      ['birth', 3],
    ]);
    expect(numbered[0].sections.map(({ section: { id }, number }) => [id, number])).toEqual([
      ['basics', '1.1'],
      ['anaemia', '1.2'],
    ]);
    expect(numbered[2].sections[0].number).toBe('3.1');
  });
});

describe('findSection', () => {
  it('finds the neighbours across chapters, skipping empty ones', () => {
    const anaemia = findSection(chapters, 'anaemia');
    expect(anaemia?.number).toBe('1.2');
    expect(anaemia?.chapter.number).toBe(1);
    expect(anaemia?.previous?.section.id).toBe('basics');
    expect(anaemia?.next?.section.id).toBe('labour');
    expect(findSection(chapters, 'labour')?.next).toBeNull();
    expect(findSection(chapters, 'basics')?.previous).toBeNull();
  });

  it('returns null for a section not in the book', () => {
    expect(findSection(chapters, 'elsewhere')).toBeNull();
  });
});

describe('firstSection', () => {
  it('is the first section in reading order', () => {
    expect(firstSection(chapters)?.id).toBe('basics');
    expect(firstSection([chapter('empty', 1, [])])).toBeNull();
  });
});
