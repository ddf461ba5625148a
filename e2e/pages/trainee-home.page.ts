import type { Locator, Page } from '@playwright/test';

export class TraineeHomePage {
  readonly courseLinks: Locator;

  constructor(page: Page) {
    this.courseLinks = page.getByRole('main').getByRole('link');
  }

  /** Opens the first course listed and returns its link text. */
  async openFirstCourse(): Promise<string> {
    const link = this.courseLinks.first();
    const text = (await link.innerText()).trim();
    await link.click();
    return text;
  }
}
