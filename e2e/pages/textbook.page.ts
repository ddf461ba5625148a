import type { Locator, Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The textbook list (`/textbooks`), a cover (`/textbooks/<id>`) and the reader (`/textbooks/<id>/<section>`). */
export class TextbookPage {
  readonly heading: Locator;
  /** On the list: each textbook's title, linking to its cover. */
  readonly textbookLinks: Locator;
  readonly pdfLinks: Locator;
  /** The table of contents: the cover's section, or the reader's sidebar. */
  readonly contents: Locator;
  readonly currentSection: Locator;
  /** Unfolds the reader's contents on narrow screens. */
  readonly contentsToggle: Locator;
  readonly continueReading: Locator;
  readonly startReading: Locator;
  /** The section being read, from its title to the section pager. */
  readonly section: Locator;
  readonly onlineLesson: Locator;
  readonly previousSection: Locator;
  readonly nextSection: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.textbookLinks = main.getByRole('heading', { level: 2 }).getByRole('link');
    this.pdfLinks = main.getByRole('link', { name: 'PDF 내려받기' });
    this.contents = main.getByRole('navigation', { name: '차례' }).or(main.getByRole('region', { name: '차례' }));
    this.currentSection = this.contents.locator('[aria-current="page"]');
    this.contentsToggle = main.getByRole('button', { name: '차례' });
    this.continueReading = main.getByRole('link', { name: /^계속 읽기/ });
    this.startReading = main.getByRole('link', { name: '처음부터 읽기' });
    this.section = main.getByRole('article');
    this.onlineLesson = main.getByRole('link', { name: '온라인 강의로 보기' });
    const pager = main.getByRole('navigation', { name: '절 이동' });
    this.previousSection = pager.getByRole('link', { name: /이전 절/ });
    this.nextSection = pager.getByRole('link', { name: /다음 절/ });
  }

  async openList() {
    await this.page.goto('/textbooks');
  }

  /** The cover, or with a section id the reader at that section. */
  async open(textbookId: string, sectionId?: string) {
    const path = `/textbooks/${encodeURIComponent(textbookId)}`;
    await this.page.goto(sectionId ? `${path}/${encodeURIComponent(sectionId)}` : path);
  }

  /** Opens the first textbook listed and returns its title as linked. */
  async openFirstTextbook(): Promise<string> {
    const link = this.textbookLinks.first();
    const text = (await link.innerText()).trim();
    await link.click();
    return text;
  }

  /** Follows the contents' link to a numbered section, e.g. "2.3". */
  async openSection(number: string) {
    await this.contents.getByRole('link', { name: new RegExp(`^${escapeRegExp(number)} `) }).click();
  }
}
