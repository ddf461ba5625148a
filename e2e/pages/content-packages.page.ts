import type { Download, Locator, Page } from '@playwright/test';

/** 교육자료 꾸레미: download a package (editors), upload, preview and apply one (admins). */
export class ContentPackagesPage {
  readonly curriculum: Locator;
  readonly download: Locator;
  readonly file: Locator;
  readonly preview: Locator;
  readonly apply: Locator;
  readonly applied: Locator;

  constructor(private readonly page: Page) {
    this.curriculum = page.getByLabel('교육과정');
    this.download = page.getByRole('link', { name: '꾸레미화일 내리적재' });
    this.file = page.getByLabel('꾸레미화일(.dari)');
    this.preview = page.getByRole('region', { name: '받아들이면 달라지는것' });
    this.apply = page.getByRole('button', { name: '받아들이기' });
    this.applied = page.getByRole('status').filter({ hasText: '꾸레미를 받아들였습니다.' });
  }

  async open() {
    await this.page.goto('/content-packages');
  }

  /** Downloads the package of one curriculum; the file's path. */
  async downloadCurriculum(curriculumId: string, saveAs: string): Promise<string> {
    await this.curriculum.selectOption(curriculumId);
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    await download.saveAs(saveAs);
    return saveAs;
  }

  async upload(path: string) {
    await this.file.setInputFiles(path);
  }

  /** A row of the preview: one lesson, section, item ... by `<type>:<id>`. */
  change(key: string): Locator {
    return this.page.locator(`li[data-key="${key}"]`);
  }
}
