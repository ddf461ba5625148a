import type { Locator, Page } from '@playwright/test';

/** The search page (`/search?q=`) and the search box in the signed-in header, which leads to it. */
export class SearchPage {
  readonly heading: Locator;
  /** The header's box on other pages, the page's own form on the search page. */
  readonly query: Locator;
  readonly submit: Locator;
  readonly total: Locator;
  readonly results: Locator;
  /** Matched words in the snippets. */
  readonly marks: Locator;
  readonly empty: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    const form = page.getByRole('search');
    this.heading = page.getByRole('heading', { level: 1 });
    this.query = form.getByRole('searchbox', { name: '찾을 말' });
    this.submit = form.getByRole('button', { name: '찾기' });
    this.total = page.getByText(/^찾은 결과: /);
    this.results = page.getByRole('main').getByRole('listitem');
    this.marks = page.getByRole('main').locator('mark');
    this.empty = page.getByText('찾은 결과가 없습니다.', { exact: false });
    this.error = page.getByRole('alert');
  }

  async open(query?: string) {
    await this.page.goto(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  }

  /** Searches from whichever form the page shows. */
  async search(query: string) {
    await this.query.fill(query);
    await this.submit.click();
  }

  /** A result by its title; `kind` is its badge, 강의 (lesson) or 교과서 (textbook section). */
  result(title: string): { link: Locator; kind: Locator; source: Locator } {
    const item = this.results.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
    return {
      link: item.getByRole('link', { name: title, exact: true }),
      kind: item.locator('.badge'),
      source: item.locator('.search-hit__source'),
    };
  }
}
