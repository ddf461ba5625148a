import type { Locator, Page } from '@playwright/test';

/** The author's editor at /revisions/:id/edit: Markdown source, preview, autosave, terms and submission. */
export class RevisionEditorPage {
  readonly body: Locator;
  readonly preview: Locator;
  readonly saved: Locator;
  readonly findings: Locator;
  readonly submit: Locator;
  readonly terms: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.body = main.getByLabel('본문 (Markdown)');
    this.preview = main.getByRole('region', { name: '미리보기' });
    this.saved = main.getByRole('status').filter({ hasText: '저장하였습니다.' });
    this.findings = main.locator('.term-finding');
    this.submit = main.getByRole('button', { name: '심사 요청하기' });
    this.terms = main.getByRole('region', { name: '용어 검사' });
  }

  /**
   * Types a new paragraph right after the lesson's second `##` heading, as an author would: not at the end,
   * where the references section (shown separately to trainees) would swallow it.
   */
  async addParagraphAfterSecondHeading(text: string) {
    await this.body.evaluate((element: HTMLTextAreaElement) => {
      const heading = element.value.indexOf('\n## ', 1) + 1;
      const lineEnd = element.value.indexOf('\n', heading);
      element.focus();
      element.setSelectionRange(lineEnd, lineEnd);
    });
    await this.page.keyboard.type(`\n\n${text}`);
  }

  finding(found: string): Locator {
    return this.findings.filter({ hasText: found });
  }

  async applyFinding(found: string) {
    await this.finding(found).getByRole('button', { name: '북측 용어로 바꾸기' }).click();
  }

  /** Sends the revision to the named reviewer with the default due date. */
  async sendForReview(reviewerName: string | RegExp) {
    const reviewer = this.page.getByRole('checkbox', { name: reviewerName });
    if (!(await reviewer.isChecked())) await reviewer.check();
    await this.submit.click();
  }
}
