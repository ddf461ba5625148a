import type { Locator, Page } from '@playwright/test';

export class CoursePage {
  readonly heading: Locator;
  readonly lessonLinks: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.lessonLinks = page.getByRole('main').locator('a[href^="/lessons/"]');
  }

  /** Opens the first lesson and returns its title as linked. */
  async openFirstLesson(): Promise<string> {
    const link = this.lessonLinks.first();
    const text = (await link.innerText()).trim();
    await link.click();
    return text;
  }
}
