import type { Locator, Page } from '@playwright/test';

/** The trainee's licence page (/me/licence): her licence, retraining plans and certificates. */
export class MyLicencePage {
  readonly heading: Locator;
  readonly licence: Locator;
  readonly plans: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.licence = main.locator('.licence-card');
    this.plans = main.getByRole('region', { name: '배정된 재교육' });
  }

  /** One assigned plan, named by its curriculum's title. */
  plan(title: string): Locator {
    return this.plans.getByRole('listitem', { name: title, exact: true });
  }
}
