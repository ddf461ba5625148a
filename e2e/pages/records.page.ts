import type { Download, Locator, Page } from '@playwright/test';

/** The registrar workspace's records packages page (`/registry/records`): export, import, conflicts. */
export class RecordsPage {
  readonly download: Locator;
  readonly file: Locator;
  readonly preview: Locator;
  readonly apply: Locator;
  readonly status: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.download = main.getByRole('link', { name: '기록꾸레미 내려받기' });
    this.file = main.getByLabel('기록꾸레미화일(.dari)');
    this.preview = main.getByRole('button', { name: '미리보기' });
    this.apply = main.getByRole('button', { name: '적용하기' });
    this.status = main.locator('[aria-live="polite"] p[role="status"]');
  }

  async open() {
    await this.page.goto('/registry/records');
  }

  /** Downloads this server's records package: the file's path. */
  async exportPackage(): Promise<string> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    return download.path();
  }

  /** Chooses a package file, checks it (the preview) and applies it. */
  async importPackage(path: string) {
    await this.file.setInputFiles(path);
    await this.preview.click();
    await this.status.filter({ hasText: '미리보기입니다' }).waitFor();
    await this.apply.click();
    await this.status.filter({ hasText: '적용하였습니다' }).waitFor();
  }
}
