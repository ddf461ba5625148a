import type { Locator, Page } from '@playwright/test';

/** /users: the list, its filters and the form that creates one account. */
export class UsersPage {
  readonly heading: Locator;
  readonly createToggle: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.createToggle = main.getByRole('button', { name: '사용자 만들기' });
    this.rows = main.locator('tbody tr');
  }

  async open() {
    await this.page.goto('/users');
  }

  /** Fills and sends the create form; region is a province and, optionally, one of its cities or counties (by place in the list). */
  async create(input: {
    username: string;
    displayName: string;
    password: string;
    role?: string;
    province?: string;
    countyIndex?: number;
    workerNumber?: string;
  }) {
    await this.createToggle.click();
    const form = this.page.getByRole('form', { name: '사용자 만들기' });
    await form.getByLabel('사용자이름').fill(input.username);
    await form.getByLabel('이름', { exact: true }).fill(input.displayName);
    await form.getByLabel('처음 암호').fill(input.password);
    if (input.workerNumber) await form.getByLabel('보건일군 등록번호').fill(input.workerNumber);
    if (input.role) await form.getByLabel('역할').selectOption({ label: input.role });
    if (input.province) await form.getByLabel('도(직할시)').selectOption({ label: input.province });
    if (input.countyIndex) await form.getByLabel('시, 군').selectOption({ index: input.countyIndex });
    await form.getByRole('button', { name: '만들기', exact: true }).click();
  }

  async search(text: string) {
    await this.page.getByRole('search', { name: '사용자 찾기' }).getByLabel('이름 또는 사용자이름').fill(text);
    await this.page.getByRole('search', { name: '사용자 찾기' }).getByRole('button', { name: '찾기' }).click();
  }
}

/** /users/:id: one account. */
export class UserPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly resetCode: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.details = main.locator('dl');
    this.resetCode = main.getByTestId('reset-code');
  }

  async issueResetCode(): Promise<string> {
    await this.page.getByRole('button', { name: '재설정번호 만들기' }).click();
    return (await this.resetCode.innerText()).trim();
  }
}
