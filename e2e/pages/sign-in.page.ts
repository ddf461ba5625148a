import type { Locator, Page } from '@playwright/test';

export class SignInPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.username = page.getByLabel('사용자이름');
    this.password = page.getByLabel('암호');
    this.submit = page.getByRole('button', { name: '들어가기' });
    this.error = page.getByRole('alert');
  }

  async open() {
    await this.page.goto('/login');
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
