import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { CataloguePage } from '../pages/catalogue.page';
import { CoursePage } from '../pages/course.page';
import { MyLicencePage } from '../pages/my-licence.page';
import { RegistryWorkerPage, RegistryWorkersPage } from '../pages/registry.page';
import { SignInPage } from '../pages/sign-in.page';
import { TraineeHomePage } from '../pages/trainee-home.page';

const CURRICULA = join(__dirname, '../../content/curricula');
/** The Korean title in a content file's front matter (`title:` then `  ko: ...`). */
const koTitle = (path: string) => {
  const value = /^title:\n {2}ko: (.+)$/m.exec(readFileSync(join(CURRICULA, path), 'utf8'))![1];
  return value.startsWith('"') ? (JSON.parse(value) as string) : value;
};
// A curriculum no other journey assigns, and a course of another that none enrols in.
const PLAN = koTitle('tb-primary/curriculum.md');
const PLAN_COURSES = /^courses: \[(.+)\]$/m.exec(readFileSync(join(CURRICULA, 'tb-primary/curriculum.md'), 'utf8'))![1].split(',').length;
const MISTAKE = {
  id: 'medicines-primary-priority-diseases',
  title: koTitle('medicines-primary/medicines-primary-priority-diseases/course.md'),
};

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test('the registrar assigns retraining; the trainee sees it on her licence page with a notification, and leaves a course opened by mistake', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const dueOn = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

  await test.step('the registrar assigns a curriculum to the demo trainee', async () => {
    const registrar = await signedIn(browser, 'registrar');
    await registrar.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '등록관리' }).click();
    const workers = new RegistryWorkersPage(registrar);
    await workers.search.fill('DEMO-00001');
    await workers.apply.click();
    await workers.workerLink('김영희').click();
    const worker = new RegistryWorkerPage(registrar);
    await expect(worker.heading).toHaveText('김영희');
    const form = await worker.fillRetraining(PLAN, dueOn);
    await form.getByRole('button', { name: '배정하기' }).click();
    await expect(worker.done).toContainText(`《${PLAN}》을(를)`);
    await registrar.context().close();
  });

  const trainee = await signedIn(browser, 'trainee');

  await test.step('the trainee is notified of it', async () => {
    const bell = trainee.getByRole('link', { name: /^알림 \(읽지 않은것 \d+개\)$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(
      trainee
        .getByRole('main')
        .getByRole('link')
        .filter({ hasText: `재교육 《${PLAN}》이(가) 배정되었습니다` })
        .first(),
    ).toBeVisible();
  });

  await test.step('her licence page shows the plan with its due date, and her licence with its countdown and credits', async () => {
    await trainee.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '나의 면허' }).click();
    await expect(trainee).toHaveURL(/\/me\/licence$/);
    const licence = new MyLicencePage(trainee);
    await expect(licence.heading).toHaveText('나의 면허');
    await expect(licence.licence).toContainText(/만기까지 \d+일/);
    await expect(licence.licence.getByRole('progressbar').first()).toBeVisible();
    const plan = licence.plan(PLAN);
    await expect(plan).toContainText('진행중');
    await expect(plan).toContainText(/마감: /);
    await expect(plan).toContainText(`${PLAN_COURSES}개 과정 가운데 0개 마침`);
  });

  await test.step('she enrols in a course by mistake, leaves it, and it disappears from 학습중인 과정', async () => {
    const home = new TraineeHomePage(trainee);
    await trainee.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '모든 과정' }).click();
    const catalogue = new CataloguePage(trainee);
    await catalogue.entry(MISTAKE.title).enrol.click();
    await expect(catalogue.entry(MISTAKE.title).progress).toBeVisible();
    await home.open();
    await expect(home.enrolment(home.inProgress, MISTAKE.title)).toBeVisible();

    await trainee.goto(`/courses/${MISTAKE.id}`);
    await expect(new CoursePage(trainee).heading).toHaveText(MISTAKE.title);
    await trainee.getByRole('main').getByRole('button', { name: '이 과정 그만두기' }).click();
    await expect(new CoursePage(trainee).enrol).toBeVisible();
    await home.open();
    await expect(home.inProgress).toBeVisible();
    await expect(home.enrolment(home.inProgress, MISTAKE.title)).toHaveCount(0);
    // The plan's courses stay hers: the retraining enrolled her in them.
    await expect(home.inProgress.getByRole('article')).not.toHaveCount(0);
  });

  await trainee.context().close();
});
