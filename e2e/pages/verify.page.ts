import type { Locator, Page } from '@playwright/test';

/** The public certificate check (`/verify`), used without signing in. */
export class VerifyPage {
  readonly heading: Locator;
  readonly credential: Locator;
  readonly check: Locator;
  /** "취소목록: <date> 현재": the revocation list this browser checks against. */
  readonly listAsOf: Locator;
  readonly offlineNotice: Locator;
  readonly result: Locator;
  /** The one sentence that says whether the certificate is valid, and if not, why. */
  readonly verdict: Locator;
  readonly shortCode: Locator;
  readonly askServer: Locator;
  readonly shortCodeError: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.credential = main.getByLabel('QR코드의 글자 또는 증서 JSON');
    this.check = main.getByRole('button', { name: '확인하기' });
    this.listAsOf = main.getByText(/^취소목록: .+ 현재$/);
    this.offlineNotice = main.getByText('봉사기에 련결할수 없어', { exact: false });
    this.result = main.getByRole('region', { name: '확인 결과' });
    this.verdict = this.result.locator('.verification__verdict');
    this.shortCode = main.getByRole('textbox', { name: /^확인번호/ });
    this.askServer = main.getByRole('button', { name: '봉사기에 문의' });
    this.shortCodeError = main.locator('.short-code-form').getByRole('alert');
  }

  async open(hash = '') {
    await this.page.goto(`/verify${hash}`);
  }

  /** Pastes QR text or JSON and checks it (in the browser). */
  async verify(text: string) {
    await this.credential.fill(text);
    await this.check.click();
  }

  async lookUp(code: string) {
    await this.shortCode.fill(code);
    await this.askServer.click();
  }
}
