import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CoursePage } from '../pages/course.page';
import { LessonPage } from '../pages/lesson.page';
import { QuizPage, readAnswerKey } from '../pages/quiz.page';
import { SignInPage } from '../pages/sign-in.page';
import { graphql } from '../support/graphql';

// Three lessons with a figure each, three quizzes, and a textbook (maternal-primary-textbook) showing the lessons.
const COURSE = { id: 'maternal-primary-newborn', title: '자간전증과 갓난아이 — 후송 전 처치, 소생, 젖먹이기' };
const LESSONS = ['pre-eclampsia-primary', 'newborn-resuscitation-primary'];
const CONTENT = join(__dirname, '../../content/curricula/maternal-primary', COURSE.id);
const QUIZ = {
  id: 'breastfeeding-kangaroo-care-quiz',
  title: '젖먹이기와 캉가루 어머니돌봄 — 확인문제',
  key: readAnswerKey(join(CONTENT, 'breastfeeding-kangaroo-care-quiz.quiz.yaml')),
};

interface ServerRecord {
  lesson: { myProgress: { completedAt: string | null } | null };
  quiz: { myAttempts: { score: number | null }[]; myStatus: { attemptsUsed: number; passed: boolean } };
  course: { myEnrolment: { progress: { lessonsCompleted: number; quizzesPassed: number } } | null };
  myNotifications: { items: { kind: string; subject: string }[] };
}

/** What the server recorded, asked with the trainee's session outside the page. */
const serverRecord = (page: Page) =>
  graphql<ServerRecord>(
    page.request,
    `
      query ($lesson: ID!, $quiz: ID!, $course: ID!) {
        lesson(id: $lesson) {
          myProgress {
            completedAt
          }
        }
        quiz(id: $quiz) {
          myAttempts {
            score
          }
          myStatus {
            attemptsUsed
            passed
          }
        }
        course(id: $course) {
          myEnrolment {
            progress {
              lessonsCompleted
              quizzesPassed
            }
          }
        }
        myNotifications {
          items {
            kind
            subject
          }
        }
      }
    `,
    { lesson: LESSONS[0], quiz: QUIZ.id, course: COURSE.id },
  );

/** Every figure in the main column has loaded (an image that failed has no natural width). */
const figuresLoaded = (page: Page) =>
  page
    .getByRole('main')
    .locator('img')
    .evaluateAll(
      (images) =>
        images.length > 0 && images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
    );

test('a trainee saves a course, studies it and takes its quiz offline, and the server scores it once on reconnect', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);

  const course = new CoursePage(page);
  await page.goto(`/courses/${COURSE.id}`);
  await expect(course.heading).toHaveText(COURSE.title);
  await course.enrol.click();
  await expect(course.progress).toHaveAttribute('aria-valuenow', '0');

  // Saving says what is kept where, and how much.
  const main = page.getByRole('main');
  await expect(main.getByText('나가기하면 지워집니다', { exact: false })).toBeVisible();
  await main.getByRole('button', { name: '오프라인용으로 보관' }).click();
  await expect(main.getByText('보관됨')).toBeVisible({ timeout: 60_000 });
  await expect(main.getByText(/^크기 [\d.,]+ (KB|MB)$/)).toBeVisible();
  // The app shell comes from the service worker, which must control the page before the network goes.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

  // Offline: a reload opens the saved course, and its lessons (figures included) open from the saved copy.
  await context.setOffline(true);
  await page.reload();
  await expect(course.heading).toHaveText(COURSE.title);
  const lesson = new LessonPage(page);
  await main.locator(`a[href="/lessons/${LESSONS[0]}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSONS[0]}$`));
  await expect(lesson.heading).toBeVisible();
  await expect.poll(() => figuresLoaded(page)).toBe(true);
  await page.mouse.wheel(0, 2000);
  await lesson.complete.click();
  await expect(lesson.completed).toBeVisible();
  await expect(lesson.waitingOffline).toBeVisible();
  await lesson.nextLesson.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSONS[1]}$`));
  await expect(lesson.complete).toBeVisible();
  await expect.poll(() => figuresLoaded(page)).toBe(true);

  // A new tab, still offline, opens a saved lesson too.
  const tab = await context.newPage();
  await tab.goto(`/lessons/${LESSONS[1]}`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(await lesson.heading.innerText());
  await tab.close();

  // The saved quiz, taken offline: the answers wait to be scored.
  await page.locator('.breadcrumb').getByRole('link', { name: COURSE.title }).click();
  await expect(course.heading).toHaveText(COURSE.title);
  await course.quizLinks.filter({ hasText: QUIZ.title }).click();
  const quiz = new QuizPage(page);
  await expect(quiz.heading).toHaveText(QUIZ.title);
  await expect(quiz.questions).toHaveCount(QUIZ.key.length);
  await quiz.answerCorrectly(QUIZ.key);
  await quiz.submit.click();
  await expect(main.getByRole('status').filter({ hasText: '련결되면 채점됩니다' })).toBeVisible();
  const before = await serverRecord(page);
  expect(before.quiz.myAttempts).toEqual([]);
  expect(before.lesson.myProgress?.completedAt ?? null).toBeNull();

  // Back online: the attempt is scored by the server and shown, and the completion is sent.
  await context.setOffline(false);
  await expect(quiz.result).toContainText('점수: 100점', { timeout: 45_000 });
  await expect(quiz.result).toContainText('합격');
  await expect(lesson.waitingOffline).toBeHidden({ timeout: 45_000 });

  // Counted once each, whatever was re-sent: one attempt, one notification, one completed lesson.
  const after = await serverRecord(page);
  expect(after.quiz.myAttempts).toEqual([{ score: 100 }]);
  expect(after.quiz.myStatus).toEqual({ attemptsUsed: 1, passed: true });
  expect(after.lesson.myProgress?.completedAt).not.toBeNull();
  expect(after.course.myEnrolment?.progress).toEqual({ lessonsCompleted: 1, quizzesPassed: 1 });
  expect(after.myNotifications.items.filter((n) => n.kind === 'quiz_scored')).toEqual([{ kind: 'quiz_scored', subject: QUIZ.title }]);

  // The saved course is listed at home with its size and can be removed.
  await page.goto('/');
  const saved = page.getByRole('region', { name: '오프라인용으로 보관한 과정' });
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expect(saved.getByRole('listitem')).toContainText(COURSE.title);
  await saved.getByRole('button', { name: '보관 해제' }).click();
  await expect(saved).toBeHidden();
});
