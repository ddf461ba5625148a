import type { Locator, Page } from '@playwright/test';

export class SignInPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.username = page.getByLabel('사용자이름');
    this.password = page.getByLabel('암호', { exact: true });
    this.submit = page.getByRole('button', { name: '들어가기' });
    this.error = page.getByRole('alert');
  }

  async open() {
    await this.page.goto('/login');
  }

  /** "Forgot the password?": sets a new one with a reset code a registrar or admin issued. */
  async resetWithCode(username: string, code: string, newPassword: string) {
    await this.page.getByRole('button', { name: /암호를 잊었습니까/ }).click();
    const form = this.page.getByRole('form', { name: '재설정번호로 새 암호 정하기' });
    await form.getByLabel('사용자이름').fill(username);
    await form.getByRole('textbox', { name: '재설정번호' }).fill(code);
    await form.getByLabel('새 암호', { exact: true }).fill(newPassword);
    await form.getByLabel('새 암호 다시').fill(newPassword);
    await form.getByRole('button', { name: '새 암호 정하기' }).click();
  }

  /** The forced first change (or the account menu's page): current password, then the new one twice. */
  async changePassword(current: string, newPassword: string) {
    await this.page.getByLabel('지금 암호').fill(current);
    await this.page.getByLabel('새 암호', { exact: true }).fill(newPassword);
    await this.page.getByLabel('새 암호 다시').fill(newPassword);
    await this.page.getByRole('button', { name: '암호 바꾸기' }).click();
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
