import type { Locator, Page } from '@playwright/test';

export class TraineeHomePage {
  readonly courseLinks: Locator;
  readonly credits: Locator;
  readonly inProgress: Locator;
  readonly completed: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.courseLinks = main.locator('a[href^="/courses/"]');
    this.credits = main.getByText(/^(이번 갱신주기에|올해) 받은 학점: /);
    this.inProgress = main.getByRole('region', { name: '학습중인 과정' });
    this.completed = main.getByRole('region', { name: '마친 과정' });
  }

  async open() {
    await this.page.goto('/');
  }

  /** A course card in one of the trainee's lists. */
  enrolment(list: Locator, title: string): Locator {
    return list.getByRole('article', { name: title, exact: true });
  }

  /**
   * Opens the first course listed and returns its link text. The link is clicked by its address, not by its place:
   * the lists may re-order while the page refreshes the trainee's progress.
   */
  async openFirstCourse(): Promise<string> {
    const first = this.courseLinks.first();
    const [text, href] = await Promise.all([first.innerText(), first.getAttribute('href')]);
    await this.page.getByRole('main').locator(`a[href="${href}"]`).first().click();
    return text.trim();
  }
}
