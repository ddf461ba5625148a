import type { Locator, Page } from '@playwright/test';

/** The catalogue (`/catalogue`): every course, filtered by cadre, care level and topic, the trainee's own first. */
export class CataloguePage {
  readonly heading: Locator;
  readonly cadre: Locator;
  readonly careLevel: Locator;
  readonly topic: Locator;
  /** One article per course, named by its title. */
  readonly entries: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    const filters = main.getByRole('form', { name: '과정 고르기' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.cadre = filters.getByLabel('학습대상');
    this.careLevel = filters.getByLabel('의료단계');
    this.topic = filters.getByLabel('분야');
    this.entries = main.getByRole('article');
  }

  async open() {
    await this.page.goto('/catalogue');
  }

  /** A course's entry: its title links to the course; it has an enrol button or the trainee's progress. */
  entry(title: string): { link: Locator; enrol: Locator; progress: Locator } {
    const entry = this.page.getByRole('article', { name: title, exact: true });
    return {
      link: entry.getByRole('link', { name: title, exact: true }),
      enrol: entry.getByRole('button', { name: '등록하기' }),
      progress: entry.getByRole('progressbar', { name: '학습진척' }),
    };
  }
}
