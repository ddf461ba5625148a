import type { Locator, Page } from '@playwright/test';

export class LessonPage {
  readonly heading: Locator;
  readonly body: Locator;
  readonly nextLesson: Locator;
  /** "학습완료": records the completion, queued while offline. */
  readonly complete: Locator;
  readonly completed: Locator;
  /** The header's note while learning records wait for the connection. */
  readonly waitingOffline: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.body = page.getByRole('main');
    this.nextLesson = page.locator('a[href^="/lessons/"]').filter({ hasText: /다음|Next/ });
    this.complete = this.body.getByRole('button', { name: '학습완료' });
    this.completed = this.body.getByText(/에 이 강의를 완료하였습니다\.$/);
    this.waitingOffline = page.getByRole('status').filter({ hasText: /학습기록 \d+개를 보관하였다가/ });
  }
}
