import type { Locator, Page } from '@playwright/test';

export class LessonPage {
  readonly heading: Locator;
  readonly body: Locator;
  readonly nextLesson: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.body = page.getByRole('main');
    this.nextLesson = page.locator('a[href^="/lessons/"]').filter({ hasText: /다음|Next/ });
  }
}
