import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CurriculumOnHome, SkillAssessmentPage } from '../pages/skills.page';
import { signedIn } from '../support/faculty';

// This journey runs its own server on the API's test fixtures (api/test/fixtures/content), whose
// test-skills-curriculum requires the test-checklist skill, so it never depends on the real content/.
const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'api/test/fixtures/content');
const PORT = Number(process.env.E2E_SKILLS_PORT ?? 3101);
const BASE = `http://127.0.0.1:${PORT}`;
const koTitle = (path: string) => /title: \{ ko: ([^,]+),/.exec(readFileSync(join(FIXTURES, path), 'utf8'))![1];
const CURRICULUM = koTitle('curricula/test-skills-curriculum/curriculum.md');
const CHECKLIST = koTitle('checklists/test-checklist.checklist.yaml');

let server: ChildProcess | undefined;

test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(PORT),
      DARI_DEMO: 'true',
      DARI_CONTENT_DIR: FIXTURES,
      DARI_DATA_DIR: join(tmpdir(), `dari-e2e-skills-${process.pid}`),
      LOG_LEVEL: 'warn',
    },
  });
  for (let i = 0; i < 280; i++) {
    if (
      await fetch(`${BASE}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the skills journey's server did not start on ${BASE}`);
});

test.afterAll(() => {
  server?.kill();
});

test('a supervisor records a skills checklist for a trainee, and it counts on her curriculum progress', async ({ browser }) => {
  test.setTimeout(180_000);
  const today = new Date().toISOString().slice(0, 10);
  const trainee = await signedIn(browser, 'trainee');
  const curriculum = new CurriculumOnHome(trainee, CURRICULUM);

  await test.step('the trainee sees the required skill, not yet assessed, and opens its checklist', async () => {
    await trainee.goto('/learn');
    await expect(curriculum.progress).toContainText('실기 1개 가운데 0개 합격');
    await expect(curriculum.skill(CHECKLIST)).toContainText('아직 평가받지 않음');
    await curriculum.skill(CHECKLIST).getByRole('link', { name: CHECKLIST }).click();
    await expect(trainee.getByRole('heading', { level: 1, name: CHECKLIST })).toBeVisible();
    await expect(trainee.getByRole('main').getByRole('listitem').filter({ hasText: '[중요]' })).toHaveCount(3);
    const pdf = trainee.getByRole('link', { name: /인쇄용 점검표/ });
    const response = await trainee.request.get((await pdf.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  await test.step('the supervisor finds her, marks the steps and records a pass', async () => {
    const supervisor = await signedIn(browser, 'supervisor');
    const assess = new SkillAssessmentPage(supervisor);
    await expect(assess.heading).toBeVisible();
    await assess.pickWorker('DEMO-00001', '김영희');
    await assess.chooseChecklist(CHECKLIST);
    await assess.notDone(1).check();
    await expect(assess.outcome('재련습')).toBeChecked();
    await expect(assess.outcome('합격')).toBeDisabled();
    await assess.notDone(1).uncheck();
    await assess.notDone(5).check();
    await expect(assess.outcome('합격')).toBeChecked();
    await assess.record(today);
    await expect(assess.status).toHaveText(`김영희의 《${CHECKLIST}》 합격을 기록하였습니다.`);
    await supervisor.context().close();
  });

  await test.step('her curriculum now counts the skill as passed', async () => {
    await trainee.goto('/learn');
    await expect(curriculum.progress).toContainText('실기 1개 가운데 1개 합격');
    await expect(curriculum.skill(CHECKLIST)).toContainText('합격');
    await expect(curriculum.skill(CHECKLIST)).not.toContainText('아직 평가받지 않음');
    await curriculum.skill(CHECKLIST).getByRole('link', { name: CHECKLIST }).click();
    const mine = trainee.getByRole('region', { name: '나의 평가' });
    await expect(mine.getByRole('listitem')).toHaveCount(1);
    await expect(mine.getByRole('listitem')).toContainText('합격 (못한 단계: 5)');
  });
  await trainee.context().close();
});
