import type { Setting } from './text-block';
import type { Typesetter } from './typesetter';
import { COLOR, CONTENT, FURNITURE, PAGE, SIZE } from './theme';

/**
 * Running header (book title · chapter) and footer (page number "- 12 -" and the edition stamp) on every page
 * that has a running title, i.e. all but the title page. Page numbers count every physical page.
 */
export function drawPageFurniture({ flow, type }: Setting, bookTitle: string, stamp: string): void {
  const doc = flow.doc;
  for (let index = 0; index < flow.pageCount; index++) {
    const runningTitle = flow.runningTitleOf(index);
    if (runningTitle === null) continue;
    doc.switchToPage(index);
    const header = type.fit(`${bookTitle} · ${runningTitle}`, CONTENT.width, SIZE.header);
    type.drawText(header, CONTENT.left, FURNITURE.headerBaseline, SIZE.header, { color: COLOR.muted });
    doc.moveTo(CONTENT.left, FURNITURE.headerRuleY).lineTo(CONTENT.right, FURNITURE.headerRuleY).lineWidth(0.5).stroke(COLOR.rule);
    drawPageNumber(type, index + 1);
    type.drawText(stamp, PAGE.width / 2, FURNITURE.stampBaseline, SIZE.stamp, { align: 'center', color: COLOR.muted });
  }
}

/** "- 12 -", with spaces wide enough that text extraction keeps them. */
function drawPageNumber(type: Typesetter, page: number): void {
  const size = SIZE.pageNumber;
  const gap = size * 0.45;
  const measure = type.measurer(size);
  const dash = measure('-', {});
  const number = measure(String(page), {});
  let x = PAGE.width / 2 - (2 * dash + number + 2 * gap) / 2;
  for (const [part, width] of [
    ['-', dash],
    [String(page), number],
    ['-', dash],
  ] as const) {
    type.drawText(part, x, FURNITURE.pageNumberBaseline, size);
    x += width + gap;
  }
}
