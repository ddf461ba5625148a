import { BlockRenderer } from './block-renderer';
import type { TocEntry } from './front-matter';
import { isWebUrl, layoutMarkdown, text, type Block, type Inline } from './markdown-model';
import type { PrintableBook, PrintableReference, PrintableSection } from './printable-book';
import { drawLines, type FlowContext, type Setting } from './text-block';
import { COLOR, CONTENT, SIZE } from './theme';

const PREFACE_TITLE = '머리말';
const SECTION_GAP = 24;

const chapterDestination = (chapter: number) => `chapter-${chapter + 1}`;
const sectionDestination = (chapter: number, section: number) => `section-${chapter + 1}-${section + 1}`;

function chapterLabel(index: number): string {
  return `제${index + 1}장`;
}

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
  });
  return entries;
}

/**
 * Sets the preface and the chapters (each on a new page) with PDF bookmarks and named destinations, and returns
 * the zero-based page index of every destination, for the table of contents.
 */
export function renderBody(setting: Setting, book: PrintableBook): Map<string, number> {
  const pages = new Map<string, number>();
  const { flow } = setting;
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
  });
  return pages;
}

function openChapter(setting: Setting, label: string | null, title: string): void {
  setting.flow.setRunningTitle(label ? `${label} ${title}` : title);
  setting.flow.addPage();
}

function drawChapterTitle(setting: Setting, label: string | null, title: string): void {
  const { flow, type } = setting;
  const ctx: FlowContext = { x: CONTENT.left, width: CONTENT.width, quoteBars: [] };
  flow.y += 24;
  if (label) {
    drawLines(setting, type.breakLines([text(label)], CONTENT.width, SIZE.chapterLabel), ctx, {
      size: SIZE.chapterLabel,
      lineHeight: SIZE.chapterLabel * 1.6,
      color: COLOR.muted,
    });
  }
  drawLines(setting, type.breakLines([text(title, { bold: true })], CONTENT.width, SIZE.chapter), ctx, {
    size: SIZE.chapter,
    lineHeight: SIZE.chapter * 1.3,
  });
  flow.y += 10;
  flow.doc.moveTo(CONTENT.left, flow.y).lineTo(CONTENT.right, flow.y).lineWidth(1.2).stroke(COLOR.text);
  flow.y += 26;
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
