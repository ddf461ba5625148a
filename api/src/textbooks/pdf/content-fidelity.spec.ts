import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allLessons, loadContent } from '@dari/content';
import { fidelityProblems } from '@dari/markdown';
import { renderBookPdf } from './render-book-pdf';

// Every Markdown text of content/ printed by the PDF typesetter, its text extracted from the PDF, and checked
// against its source: no number, range, unit or drug name lost or reordered, no Korean text dropped.
const ROOT = join(__dirname, '../../../../content');
const content = loadContent(ROOT);
const where = (file: string, line: number) => `${relative(join(ROOT, '..'), file)}:${line}`;

const texts = [
  ...allLessons(content.curricula).map((lesson) => ({ where: where(lesson.file, lesson.bodyLine), markdown: lesson.body })),
  ...content.textbooks.flatMap((textbook) => [
    { where: where(textbook.file, textbook.bodyLine), markdown: textbook.body },
    ...textbook.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) =>
        section.kind === 'section' ? [{ where: where(section.file, section.bodyLine), markdown: section.body }] : [],
      ),
    ),
  ]),
].filter((text) => text.markdown.trim() !== '');

const marker = (index: number) => `PRINTCHECK${index}END`;
let printed: string[];

/**
 * All texts printed in one book, one section each (a font is embedded once per PDF, so one book is much faster
 * than one each), then the PDF's text (pdftotext -raw keeps the drawing order, table cells in their rows) cut
 * at each section's heading. The contents list names the headings first, so each cut is at the last mention.
 */
beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'dari-fidelity-'));
  try {
    const pdf = await renderBookPdf({
      title: 'Dari',
      chapters: [
        {
          id: 'all',
          title: 'All',
          sections: texts.map((text, index) => ({ id: `s${index}`, title: marker(index), markdown: text.markdown })),
        },
      ],
      stamp: { edition: 1, version: '1', date: '2026-12-07', reviewStatus: 'ok' },
      mediaDir: join(ROOT, 'media'),
    });
    const file = join(workDir, 'all.pdf');
    writeFileSync(file, pdf);
    const all = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const starts = texts.map((_, index) => all.lastIndexOf(marker(index)));
    printed = starts.map((start, index) => (start < 0 ? '' : all.slice(start, starts[index + 1] ?? all.length)));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}, 300_000);

describe('content as printed', () => {
  it('covers every lesson and textbook text', () => {
    expect(texts.length).toBeGreaterThan(40);
  });

  it.each(texts.map((text, index) => [text.where, index]))('%s prints every number, unit, drug and word of its source', (_, index) => {
    expect(printed[index]).toContain(marker(index));
    expect(fidelityProblems(texts[index].markdown, printed[index], { exact: false })).toEqual([]);
  });
});
