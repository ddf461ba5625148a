import type { Locator, Page } from '@playwright/test';

/** The header's faculty links: reviews, glossary and the notification bell with its unread count. */
export class FacultyNav {
  readonly reviews: Locator;
  readonly glossary: Locator;
  readonly bell: Locator;

  constructor(private readonly page: Page) {
    const nav = page.getByRole('navigation', { name: '기본차림표' });
    this.reviews = nav.getByRole('link', { name: '심사' });
    this.glossary = nav.getByRole('link', { name: '용어집' });
    this.bell = nav.getByRole('link', { name: /^알림/ });
  }

  /** Opens the notifications and follows the first one whose text matches. */
  async openNotification(text: string | RegExp) {
    await this.bell.click();
    await this.page.getByRole('main').getByRole('link', { name: text }).first().click();
  }
}
