import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fidelityProblems } from '@dari/markdown';
import { expect, test } from '@playwright/test';
import { LessonPage } from '../pages/lesson.page';
import { SignInPage } from '../pages/sign-in.page';

// A sample of lessons with many dose and target ranges, read in the real browser as a trainee sees them.
const LESSONS = {
  'pre-eclampsia-primary': 'maternal-primary/maternal-primary-newborn',
  'pph-prevention-amtsl': 'maternal-primary/maternal-primary-pregnancy-birth',
  'anaemia-in-pregnancy': 'maternal-primary/maternal-primary-pregnancy-birth',
  'hypertension-hearts-primary': 'ncd-primary/ncd-primary-cardiometabolic',
  'tb-first-line-treatment-dot': 'tb-primary/tb-primary-finding-treating',
};
const CURRICULA = join(__dirname, '../../content/curricula');
// The lesson page shows the objectives and references from the lesson's fields, not from these body sections.
const SHOWN_SEPARATELY = /^## (학습목표|참고문헌)\n[\s\S]*?(?=^## |(?![\s\S]))/gm;
const lessonBody = (id: keyof typeof LESSONS) =>
  readFileSync(join(CURRICULA, LESSONS[id], `${id}.md`), 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(SHOWN_SEPARATELY, '');

test.beforeEach(async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).toHaveURL(/\/$/);
});

test('a trainee reads blood pressure targets exactly as written, on screen and in the printed textbook', async ({ page }, testInfo) => {
  await page.goto('/lessons/pre-eclampsia-primary');
  const lesson = new LessonPage(page);
  await expect(lesson.body).toContainText('목표는 140~150/90~100 mmHg이다');
  await expect(lesson.body).toContainText('수축기혈압 140~150 mmHg, 이완기혈압 90~100 mmHg');
  await expect(lesson.body.locator('del, s, strike')).toHaveCount(0);

  const response = await page.request.get('/textbooks/maternal-primary-textbook.pdf');
  expect(response.status()).toBe(200);
  const file = testInfo.outputPath('maternal-primary-textbook.pdf');
  writeFileSync(file, await response.body());
  const printed = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(printed).toContain('목표는140~150/90~100mmHg이다');
});

for (const id of Object.keys(LESSONS) as (keyof typeof LESSONS)[]) {
  test(`${id}: nothing of the source is struck out, hidden or lost in the browser`, async ({ page }) => {
    await page.goto(`/lessons/${id}`);
    const lesson = new LessonPage(page);
    // The server's first HTML shows the whole body; the app then takes over and shows some sections apart.
    await expect(page.locator('[data-server-rendered]')).toHaveCount(0);
    await expect(lesson.body.locator('.markdown')).toBeVisible();

    // Every element with text in the lesson body is drawn, and none is drawn struck through.
    const spoilt = await lesson.body.locator('.markdown *').evaluateAll((elements) =>
      elements
        .filter((element) => (element.textContent ?? '').trim() !== '')
        .filter((element) => {
          const style = getComputedStyle(element);
          return style.textDecorationLine.includes('line-through') || style.visibility === 'hidden' || style.display === 'none';
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(spoilt).toEqual([]);
    // The text as drawn, less interface text inside the content (a figure's "enlarge" hint).
    const shown = await lesson.body.locator('.markdown').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-ui]').forEach((ui) => ui.remove());
      return copy.textContent ?? '';
    });
    expect(fidelityProblems(lessonBody(id), shown, { exact: true })).toEqual([]);
  });
}
