import { backMatterEntries, questionBlocks, renderBackMatter, SELF_ASSESSMENT_TITLE, selfAssessmentDestination } from './back-matter';
import { BlockRenderer } from './block-renderer';
import { chapterLabel, drawChapterTitle, openChapter } from './chapter-opening';
import type { TocEntry } from './front-matter';
import { isWebUrl, layoutMarkdown, text, type Block, type Inline } from './markdown-model';
import type { PrintableBook, PrintableReference, PrintableSection } from './printable-book';
import type { FlowContext, Setting } from './text-block';
import { CONTENT, SIZE } from './theme';

const PREFACE_TITLE = '머리말';
const SECTION_GAP = 24;

const chapterDestination = (chapter: number) => `chapter-${chapter + 1}`;
const sectionDestination = (chapter: number, section: number) => `section-${chapter + 1}-${section + 1}`;

/** The table of contents of the book, in reading order. */
export function tocEntries(book: PrintableBook): TocEntry[] {
  const entries: TocEntry[] = book.preface ? [{ level: 0, title: PREFACE_TITLE, destination: 'preface' }] : [];
  book.chapters.forEach((chapter, chapterIndex) => {
    entries.push({
      level: 0,
      title: `${chapterLabel(chapterIndex)} ${chapter.title}`,
      destination: chapterDestination(chapterIndex),
    });
    chapter.sections.forEach((section, sectionIndex) =>
      entries.push({ level: 1, title: section.title, destination: sectionDestination(chapterIndex, sectionIndex) }),
    );
    if (chapter.selfAssessment?.length) {
      entries.push({ level: 1, title: SELF_ASSESSMENT_TITLE, destination: selfAssessmentDestination(chapterIndex) });
    }
  });
  return [...entries, ...backMatterEntries(book)];
}

/**
 * Sets the preface, the chapters (each on a new page) and the back matter with PDF bookmarks and named
 * destinations, and returns the zero-based page index of every destination, for the table of contents.
 */
export function renderBody(setting: Setting, book: PrintableBook): Map<string, number> {
  const pages = new Map<string, number>();
  const { flow, type } = setting;
  // What the body prints on each page, for the index's page numbers.
  const pageTexts: string[] = [];
  type.onDraw = (line) => {
    pageTexts[flow.pageIndex] = `${pageTexts[flow.pageIndex] ?? ''}${line}\n`;
  };
  const blocks = new BlockRenderer(setting, book.mediaDir);
  const column = (): FlowContext => ({ x: CONTENT.left, width: CONTENT.width, quoteBars: [] });
  const mark = (destination: string) => {
    flow.doc.addNamedDestination(destination, 'XYZ', CONTENT.left, flow.y, 0);
    pages.set(destination, flow.pageIndex);
  };

  if (book.preface) {
    openChapter(setting, null, PREFACE_TITLE);
    mark('preface');
    flow.doc.outline.addItem(PREFACE_TITLE);
    drawChapterTitle(setting, null, PREFACE_TITLE);
    blocks.render(layoutMarkdown(book.preface), column());
  }
  book.chapters.forEach((chapter, chapterIndex) => {
    openChapter(setting, chapterLabel(chapterIndex), chapter.title);
    mark(chapterDestination(chapterIndex));
    const bookmark = flow.doc.outline.addItem(`${chapterLabel(chapterIndex)} ${chapter.title}`);
    drawChapterTitle(setting, chapterLabel(chapterIndex), chapter.title);
    chapter.sections.forEach((section, sectionIndex) => {
      flow.gap(sectionIndex === 0 ? 0 : SECTION_GAP);
      // Marked once the heading has its page, so the bookmark and the contents point where it is printed.
      blocks.heading([text(section.title)], column(), SIZE.section, () => {
        mark(sectionDestination(chapterIndex, sectionIndex));
        bookmark.addItem(section.title);
      });
      flow.y += 8;
      renderSectionBody(blocks, section, column());
    });
    if (chapter.selfAssessment?.length) {
      flow.gap(SECTION_GAP);
      blocks.heading([text(SELF_ASSESSMENT_TITLE)], column(), SIZE.section, () => {
        mark(selfAssessmentDestination(chapterIndex));
        bookmark.addItem(SELF_ASSESSMENT_TITLE);
      });
      flow.y += 8;
      blocks.render(questionBlocks(chapter.selfAssessment), column());
    }
  });
  type.onDraw = undefined;
  renderBackMatter(
    setting,
    book,
    blocks,
    Array.from(pageTexts, (t) => t ?? ''),
    mark,
  );
  return pages;
}

function renderSectionBody(blocks: BlockRenderer, section: PrintableSection, ctx: FlowContext): void {
  const body = layoutMarkdown(section.markdown);
  const references = section.references ?? [];
  if (references.length > 0) body.push(...referenceBlocks(references));
  blocks.render(body, ctx);
}

/** "참고문헌" and a numbered list: title. publisher, year. URL (small, linked when it is a web address). */
function referenceBlocks(references: PrintableReference[]): Block[] {
  const items = references.map((reference): Block[] => {
    const source = [reference.publisher, reference.year].filter((part) => part !== undefined && part !== '');
    const inlines: Inline[] = [text(`${reference.title}.`)];
    if (source.length > 0) inlines.push(text(` ${source.join(', ')}.`));
    if (reference.url) {
      const link = isWebUrl(reference.url) ? reference.url : undefined;
      inlines.push(text(' '), text(reference.url, { small: true, muted: true, link }));
    }
    return [{ kind: 'paragraph', inlines }];
  });
  return [
    { kind: 'heading', level: 3, inlines: [text('참고문헌')] },
    { kind: 'list', ordered: true, start: 1, tight: true, items },
  ];
}
