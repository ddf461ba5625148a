import { CONTENT, PAGE } from './theme';

/** Tiny slack so that rounding never pushes a block that exactly fits onto the next page. */
const EPSILON = 0.01;

/**
 * The vertical cursor through the book: knows how much room is left on the page, starts new pages and remembers
 * which running title each page carries (null: no header or footer, as on the title page).
 */
export class PageFlow {
  y: number = CONTENT.top;
  private runningTitle: string | null = null;
  private readonly titles: (string | null)[] = [];

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Zero-based index of the current page. */
  get pageIndex(): number {
    return this.titles.length - 1;
  }

  get pageCount(): number {
    return this.titles.length;
  }

  runningTitleOf(pageIndex: number): string | null {
    return this.titles[pageIndex] ?? null;
  }

  /** The running title for pages started from now on. */
  setRunningTitle(title: string | null): void {
    this.runningTitle = title;
  }

  addPage(): void {
    this.doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    this.titles.push(this.runningTitle);
    this.y = CONTENT.top;
  }

  get atTop(): boolean {
    return this.y <= CONTENT.top + EPSILON;
  }

  get remaining(): number {
    return CONTENT.bottom - this.y;
  }

  fits(height: number): boolean {
    return this.y + height <= CONTENT.bottom + EPSILON;
  }

  /** Starts a new page unless `height` fits here (or the page is still empty: nothing would gain by moving). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop) this.addPage();
  }

  /** Vertical space between blocks; swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y += height;
  }
}
