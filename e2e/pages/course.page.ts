import type { Locator, Page } from '@playwright/test';

export class CoursePage {
  readonly heading: Locator;
  readonly lessonLinks: Locator;
  readonly quizLinks: Locator;
  readonly progress: Locator;
  /** "<date>에 과정을 마쳤습니다" once every lesson is completed and every quiz passed. */
  readonly completed: Locator;
  /** "등록하기" on the course page of a course the trainee has not enrolled in. */
  readonly enrol: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.enrol = main.getByRole('button', { name: '등록하기' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.lessonLinks = main.locator('a[href^="/lessons/"]');
    this.quizLinks = main.locator('a[href^="/quizzes/"]');
    this.progress = main.getByRole('progressbar', { name: '학습진척' });
    this.completed = main.getByText(/에 과정을 마쳤습니다$/);
  }

  /** Opens the first lesson and returns its title as linked. */
  async openFirstLesson(): Promise<string> {
    const link = this.lessonLinks.first();
    const text = (await link.innerText()).trim();
    await link.click();
    return text;
  }

  /** The distinct addresses of the course's lessons and quizzes, in the order of its contents. */
  async contents(): Promise<{ lessons: string[]; quizzes: string[] }> {
    const hrefs = (links: Locator) =>
      links.evaluateAll((anchors) => [...new Set(anchors.map((anchor) => anchor.getAttribute('href') ?? ''))]);
    return { lessons: await hrefs(this.lessonLinks), quizzes: await hrefs(this.quizLinks) };
  }
}
