import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

/** `/certificates` ("나의 증서"): the signed-in worker's certificates, each with its PDF and its check. */
export class MyCertificatesPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** Through the main menu, as a trainee finds it. */
  async openFromMenu() {
    await this.page.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '나의 증서' }).click();
  }

  /** A certificate's card, found by its short code. */
  card(shortCode: string): Locator {
    return this.page.getByRole('main').getByRole('article').filter({ hasText: shortCode });
  }

  /** Downloads a card's PDF: the download and its first bytes. */
  async downloadPdf(card: Locator): Promise<{ download: Download; head: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('link', { name: '증서 PDF 내려받기' }).click(),
    ]);
    const head = (await readFile(await download.path())).subarray(0, 5).toString();
    return { download, head };
  }
}
