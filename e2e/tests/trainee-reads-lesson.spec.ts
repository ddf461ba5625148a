import { expect, test } from '@playwright/test';
import { CoursePage } from '../pages/course.page';
import { LessonPage } from '../pages/lesson.page';
import { SignInPage } from '../pages/sign-in.page';
import { TraineeHomePage } from '../pages/trainee-home.page';

test('a trainee signs in, opens a course and reads a lesson', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');

  const home = new TraineeHomePage(page);
  await expect(home.courseLinks.first()).toBeVisible();
  const courseLink = await home.openFirstCourse();

  const course = new CoursePage(page);
  await expect(page).toHaveURL(/\/courses\//);
  await expect(course.lessonLinks.first()).toBeVisible();
  expect(courseLink).toContain(await course.heading.innerText());
  const lessonTitle = await course.openFirstLesson();

  const lesson = new LessonPage(page);
  await expect(page).toHaveURL(/\/lessons\//);
  await expect(lesson.heading).toHaveText(lessonTitle);
  // The lesson's Markdown is rendered: its sections are real headings, its tables real tables.
  await expect(lesson.body.getByRole('heading', { name: '학습목표' })).toBeVisible();
  await expect(lesson.body.locator('table').first()).toBeVisible();
});

test('a wrong password shows the Korean error and keeps the trainee on the sign-in page', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'not-the-password');
  await expect(signIn.error).toHaveText(/사용자이름 또는 암호가 틀렸습니다/);
  await expect(page).toHaveURL(/\/login/);
});

test('a page that needs sign-in sends a signed-out visitor to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(new SignInPage(page).submit).toBeVisible();
});
