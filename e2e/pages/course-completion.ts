import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { CoursePage } from './course.page';
import { LessonPage } from './lesson.page';
import { QuizPage, readAnswerKey } from './quiz.page';

/**
 * On an open course page: enrols (unless a retraining plan already did), completes every lesson and passes every quiz through the UI, answering from
 * the quiz files in `contentDir` (the course's folder in content/), then waits for the course to show completed.
 */
export async function completeCourse(page: Page, contentDir: string): Promise<void> {
  const course = new CoursePage(page);
  const lesson = new LessonPage(page);
  const quiz = new QuizPage(page);
  const courseUrl = new URL(page.url()).pathname;
  await expect(course.enrol.or(course.progress)).toBeVisible();
  if (await course.enrol.isVisible()) await course.enrol.click();
  await expect(course.progress).toHaveAttribute('aria-valuenow', '0');
  const { lessons, quizzes } = await course.contents();
  expect(lessons.length).toBeGreaterThan(0);

  for (const href of lessons) {
    await page.getByRole('main').locator(`a[href="${href}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.mouse.wheel(0, 2000);
    await lesson.complete.click();
    await expect(lesson.completed).toBeVisible();
    await page.goto(courseUrl);
  }
  // Completions are sent from the browser's queue: all on the server before the quizzes.
  await expect(lesson.waitingOffline).toBeHidden();

  for (const href of quizzes) {
    const key = readAnswerKey(join(contentDir, `${href.replace('/quizzes/', '')}.quiz.yaml`));
    await page.getByRole('main').locator(`a[href="${href}"]`).first().click();
    await quiz.start.click();
    await expect(quiz.questions).toHaveCount(key.length);
    await quiz.answerCorrectly(key);
    await quiz.submit.click();
    // "불합격" also contains "합격": the full mark is the check.
    await expect(quiz.result).toContainText('점수: 100점');
    await page.goto(courseUrl);
  }

  await expect(async () => {
    await page.reload();
    await expect(course.completed).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(course.progress).toHaveAttribute('aria-valuenow', '100');
}
