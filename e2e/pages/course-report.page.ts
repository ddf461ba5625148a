import type { Locator, Page } from '@playwright/test';

/** Faculty's report of a course (`/courses/<id>/report`): each trainee's progress, the items most often missed. */
export class CourseReportPage {
  readonly heading: Locator;
  readonly trainees: Locator;
  readonly difficultRegion: Locator;
  readonly difficultItems: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.trainees = main.getByRole('region', { name: '학습자별 진척' }).getByRole('table');
    this.difficultRegion = main.getByRole('region', { name: '가장 많이 틀린 문제' });
    this.difficultItems = this.difficultRegion.getByRole('listitem');
  }

  async open(courseId: string) {
    await this.page.goto(`/courses/${encodeURIComponent(courseId)}/report`);
  }

  /** A trainee's row, found by their username. */
  trainee(username: string): Locator {
    return this.trainees.getByRole('row').filter({ hasText: `(${username})` });
  }
}
