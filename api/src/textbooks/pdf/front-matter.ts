import type { Line } from './line-breaker';
import { text } from './markdown-model';
import { drawLines, type Setting } from './text-block';
import { baselineOffset, COLOR, CONTENT, PAGE, SIZE } from './theme';

const FULL_WIDTH = { x: CONTENT.left, width: CONTENT.width, quoteBars: [] };

/** The title page: title, subtitle and, at the foot, the edition stamp. It has no running header or footer. */
export function drawTitlePage(setting: Setting, title: string, subtitle: string | undefined, stamp: string): void {
  const { flow, type } = setting;
  flow.setRunningTitle(null);
  flow.addPage();
  flow.y = PAGE.height * 0.3;
  const titleLines = type.breakLines([text(title, { bold: true })], CONTENT.width, SIZE.title);
  drawLines(
    setting,
    titleLines,
    { ...FULL_WIDTH },
    {
      size: SIZE.title,
      lineHeight: SIZE.title * 1.35,
      align: 'center',
    },
  );
  if (subtitle) {
    flow.y += 10;
    const lines = type.breakLines([text(subtitle)], CONTENT.width, SIZE.subtitle);
    drawLines(
      setting,
      lines,
      { ...FULL_WIDTH },
      {
        size: SIZE.subtitle,
        lineHeight: SIZE.subtitle * 1.5,
        align: 'center',
        color: COLOR.muted,
      },
    );
  }
  const ruleY = flow.y + 24;
  flow.doc
    .moveTo(PAGE.width / 2 - 60, ruleY)
    .lineTo(PAGE.width / 2 + 60, ruleY)
    .lineWidth(1)
    .stroke(COLOR.rule);
  type.drawText(stamp, PAGE.width / 2, CONTENT.bottom - 10, 10, { align: 'center', color: COLOR.muted });
}

/** One line of the table of contents; `destination` names the heading it points to. */
export interface TocEntry {
  level: 0 | 1;
  title: string;
  destination: string;
}

interface PlacedEntry {
  entry: TocEntry;
  /** Page within the table of contents. */
  page: number;
  top: number;
  lines: Line[];
}

const TITLE_BLOCK = 72;
const NUMBER_COLUMN = 30;
const SECTION_INDENT = 20;
const style = (level: 0 | 1) =>
  level === 0
    ? { size: SIZE.tocChapter, lineHeight: SIZE.tocChapter * 1.5, gap: 10, indent: 0, bold: true }
    : { size: SIZE.tocSection, lineHeight: SIZE.tocSection * 1.5, gap: 2, indent: SECTION_INDENT, bold: false };

/**
 * The table of contents is laid out before the body (its length does not depend on page numbers, which sit in
 * a fixed column) so that its pages can be reserved; it is drawn once the body has fixed every page number.
 */
export class TableOfContents {
  private readonly placed: PlacedEntry[] = [];
  readonly pageCount: number;

  constructor(
    private readonly setting: Setting,
    entries: TocEntry[],
  ) {
    let page = 0;
    let y = CONTENT.top + TITLE_BLOCK;
    for (const entry of entries) {
      const { size, lineHeight, gap, indent, bold } = style(entry.level);
      const width = CONTENT.width - indent - NUMBER_COLUMN - 10;
      const lines = setting.type.breakLines([text(entry.title, { bold })], width, size);
      const height = lines.length * lineHeight;
      if (y > CONTENT.top) y += gap;
      if (y + height > CONTENT.bottom) {
        page += 1;
        y = CONTENT.top;
      }
      this.placed.push({ entry, page, top: y, lines });
      y += height;
    }
    this.pageCount = page + 1;
  }

  /** Draws into the reserved pages; each entry links to its heading. */
  draw(firstPageIndex: number, pageNumberOf: (destination: string) => number): void {
    const { flow, type } = this.setting;
    const doc = flow.doc;
    doc.switchToPage(firstPageIndex);
    type.drawText('차례', CONTENT.left, CONTENT.top + 30, SIZE.chapter, { bold: true });
    for (const { entry, page, top, lines } of this.placed) {
      doc.switchToPage(firstPageIndex + page);
      const { size, lineHeight, indent } = style(entry.level);
      const x = CONTENT.left + indent;
      lines.forEach((line, index) => {
        type.drawLine(line, x, top + index * lineHeight + baselineOffset(size, lineHeight), size);
      });
      const baseline = top + (lines.length - 1) * lineHeight + baselineOffset(size, lineHeight);
      const number = String(pageNumberOf(entry.destination));
      type.drawText(number, CONTENT.right, baseline, size, { align: 'right', bold: entry.level === 0 });
      const leaderStart = x + (lines.at(-1)?.width ?? 0) + 6;
      const leaderEnd = CONTENT.right - type.measurer(size)(number, {}) - 6;
      if (leaderEnd > leaderStart) {
        doc
          .moveTo(leaderStart, baseline - 2)
          .lineTo(leaderEnd, baseline - 2)
          .dash(0.6, { space: 2.4 })
          .lineWidth(0.6)
          .stroke(COLOR.rule)
          .undash();
      }
      doc.goTo(CONTENT.left, top, CONTENT.width, lines.length * lineHeight, entry.destination);
    }
  }
}
