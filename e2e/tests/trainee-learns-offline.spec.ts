import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CataloguePage } from '../pages/catalogue.page';
import { CoursePage } from '../pages/course.page';
import { CourseReportPage } from '../pages/course-report.page';
import { LessonPage } from '../pages/lesson.page';
import { QuizPage, readAnswerKey } from '../pages/quiz.page';
import { SignInPage } from '../pages/sign-in.page';
import { TraineeHomePage } from '../pages/trainee-home.page';

// Two lessons and two quizzes: the smallest course of the demo content, for the trainee's cadre (midwife).
const COURSE = { id: 'maternal-secondary-newborn', title: '앓는 갓난아이와 작은 갓난아이' };
const SECOND_LESSON = 'preterm-lbw-care';
const CONTENT = join(__dirname, '../../content/curricula/maternal-secondary', COURSE.id);
const QUIZZES = [
  { title: '신생아패혈증 — 확인문제', key: readAnswerKey(join(CONTENT, 'neonatal-sepsis-management-quiz.quiz.yaml')) },
  { title: '달못찬아이와 저체중아 돌보기 — 확인문제', key: readAnswerKey(join(CONTENT, 'preterm-lbw-care-quiz.quiz.yaml')) },
];

/** What the server has recorded, asked with the trainee's session outside the page. */
async function serverCompletedAt(request: APIRequestContext, lessonId: string): Promise<string | null> {
  const response = await request.post('/graphql', {
    data: { query: 'query ($id: ID!) { lesson(id: $id) { myProgress { completedAt } } }', variables: { id: lessonId } },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { lesson: { myProgress: { completedAt: string | null } | null } } };
  return body.data.lesson.myProgress?.completedAt ?? null;
}

test('a trainee enrols, completes a lesson offline, passes the quizzes and sees the course completed; faculty see it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);

  // The catalogue, filtered by topic and care level; the choice is kept in the address.
  const catalogue = new CataloguePage(page);
  await page.getByRole('navigation').getByRole('link', { name: '모든 과정' }).click();
  await expect(catalogue.heading).toHaveText('모든 학습과정');
  await catalogue.topic.selectOption({ label: '모성 및 신생아 보건' });
  await catalogue.careLevel.selectOption({ label: '2차 의료' });
  await expect(page).toHaveURL(/topic=maternal/);
  await expect(page).toHaveURL(/careLevel=secondary/);
  const entry = catalogue.entry(COURSE.title);
  await entry.enrol.click();
  await expect(entry.progress).toHaveAttribute('aria-valuenow', '0');
  await entry.link.click();

  // Two lessons read: the first completed online, the second opened.
  const course = new CoursePage(page);
  await expect(course.heading).toHaveText(COURSE.title);
  await expect(course.lessonLinks).toHaveCount(2);
  const lesson = new LessonPage(page);
  const firstTitle = await course.openFirstLesson();
  await expect(lesson.heading).toHaveText(firstTitle);
  await page.mouse.wheel(0, 2000);
  await lesson.complete.click();
  await expect(lesson.completed).toBeVisible();
  await lesson.nextLesson.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${SECOND_LESSON}$`));
  await expect(lesson.complete).toBeVisible();

  // Offline: the completion shows at once and waits in the browser; the server has not heard of it.
  await context.setOffline(true);
  await lesson.complete.click();
  await expect(lesson.completed).toBeVisible();
  await expect(lesson.waitingOffline).toBeVisible();
  expect(await serverCompletedAt(page.request, SECOND_LESSON)).toBeNull();

  // Back online, the queue is sent by itself; the server has the completion, and a fresh load shows it.
  await context.setOffline(false);
  await expect(lesson.waitingOffline).toBeHidden();
  await expect.poll(() => serverCompletedAt(page.request, SECOND_LESSON)).not.toBeNull();
  await page.reload();
  await expect(lesson.completed).toBeVisible();
  await expect(lesson.complete).toBeHidden();

  // Both quizzes, answered from the content's answer key, passed with explanations shown.
  const quiz = new QuizPage(page);
  for (const { title, key } of QUIZZES) {
    await page.goto(`/courses/${COURSE.id}`);
    await course.quizLinks.filter({ hasText: title }).click();
    await expect(quiz.heading).toHaveText(title);
    await quiz.start.click();
    await expect(quiz.questions).toHaveCount(key.length);
    await quiz.answerCorrectly(key);
    await quiz.submit.click();
    await expect(quiz.result).toContainText('합격');
    await expect(quiz.result).toContainText('점수: 100점');
    await expect(quiz.explanations).toHaveCount(key.length);
  }

  // The course is completed, and its credits count.
  await page.goto(`/courses/${COURSE.id}`);
  await expect(course.completed).toBeVisible();
  await expect(course.progress).toHaveAttribute('aria-valuenow', '100');
  const home = new TraineeHomePage(page);
  await home.open();
  const card = home.enrolment(home.completed, COURSE.title);
  await expect(card).toContainText('받은 학점: 2');
  // The licence's cycle total depends on its dates, which another journey may renew: only shown here.
  await expect(home.credits).toBeVisible();

  // Faculty see the trainee's completion and quiz results in the course report.
  await page.getByRole('button', { name: '나가기' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn.signIn('author', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  const report = new CourseReportPage(page);
  await report.open(COURSE.id);
  await expect(report.heading).toHaveText('학습정형');
  const row = report.trainee('trainee');
  await expect(row).toContainText('2/2');
  await expect(row).toContainText('100점 합격');
  // Every answer was right, so no item counts as difficult.
  await expect(report.difficultRegion).toContainText('아직 틀린 답이 없습니다.');
  await expect(report.difficultItems).toHaveCount(0);
});
