import type { Locator, Page } from '@playwright/test';

/** The site header: on a phone the main navigation folds behind the "차림표" (menu) button. */
export class SiteHeader {
  readonly banner: Locator;
  readonly menuButton: Locator;
  readonly nav: Locator;

  constructor(page: Page) {
    this.banner = page.getByRole('banner');
    this.menuButton = this.banner.getByRole('button', { name: '차림표' });
    this.nav = page.getByRole('navigation', { name: '기본차림표' });
  }

  link(name: string): Locator {
    return this.nav.getByRole('link', { name });
  }

  async height(): Promise<number> {
    return (await this.banner.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
  }
}
