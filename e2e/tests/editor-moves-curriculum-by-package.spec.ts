import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ContentPackagesPage } from '../pages/content-packages.page';
import { LessonPage } from '../pages/lesson.page';
import { SignInPage } from '../pages/sign-in.page';
import { lessonToRevise, signedIn } from '../support/faculty';
import { startSecondServer } from '../support/second-server';
import { graphql } from '../support/graphql';

const SENTENCE = '중앙병원에서 새로 덧붙인 문장: 해산후 첫 1시간안에 어머니와 아이를 함께 살펴본다.';
// Server B: a second install of its own (data folder, key, port), trusting server A's key.
const B_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const B_URL = `http://127.0.0.1:${B_PORT}`;

/** Signed in on server B (its own origin, so its own session). */
async function signedInOnB(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: B_URL })).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/**
 * The lesson's new version, published on A through review (set up over GraphQL: the review journeys click it);
 * the new paragraph closes the second section (the first, 학습목표, the reader shows from the lesson's objectives).
 */
function withSentence(body: string): string {
  const third = body.indexOf('\n## ', body.indexOf('\n## ') + 1);
  return `${body.slice(0, third)}\n${SENTENCE}\n${body.slice(third)}`;
}

async function publishThroughReview(author: Page, reviewer: Page, lessonId: string) {
  const draft = (
    await graphql<{ startRevision: { id: string; title: string; body: string; saves: number } }>(
      author.request,
      `
        mutation ($id: ID!) {
          startRevision(kind: lesson, contentId: $id) {
            id
            title
            body
            saves
          }
        }
      `,
      { id: lessonId },
    )
  ).startRevision;
  await graphql(
    author.request,
    `
      mutation ($id: UUID!, $input: SaveRevisionInput!) {
        saveRevision(id: $id, input: $input) {
          id
        }
      }
    `,
    { id: draft.id, input: { title: draft.title, body: withSentence(draft.body), saves: draft.saves } },
  );
  const { reviewers } = await graphql<{ reviewers: { id: string }[] }>(author.request, '{ reviewers { id } }');
  const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await graphql(
    author.request,
    `
      mutation ($id: UUID!, $r: [UUID!]!, $d: LocalDate!) {
        submitRevision(id: $id, reviewerIds: $r, dueOn: $d) {
          status
        }
      }
    `,
    { id: draft.id, r: [reviewers[0].id], d: dueOn },
  );
  await graphql(
    reviewer.request,
    `
      mutation ($id: UUID!) {
        decideRevision(id: $id, decision: approved) {
          status
        }
      }
    `,
    { id: draft.id },
  );
  await graphql(
    author.request,
    `
      mutation ($id: UUID!) {
        publishRevision(id: $id) {
          status
        }
      }
    `,
    { id: draft.id },
  );
}

test('an editor moves a curriculum to a second server by package; its trainee reads the new lesson text', async ({ browser, request }) => {
  test.setTimeout(420_000);
  const author = await signedIn(browser, 'author');
  const reviewer = await signedIn(browser, 'reviewer');
  const lessonId = await lessonToRevise(author, 2);
  const { lesson } = await graphql<{ lesson: { course: { curriculum: { id: string } } } }>(
    author.request,
    `
      query ($id: ID!) {
        lesson(id: $id) {
          course {
            curriculum {
              id
            }
          }
        }
      }
    `,
    { id: lessonId },
  );
  const curriculumId = lesson.course.curriculum.id;
  await publishThroughReview(author, reviewer, lessonId);

  // On server A the editor downloads the curriculum's package.
  const packages = new ContentPackagesPage(author);
  await packages.open();
  const file = await packages.downloadCurriculum(curriculumId, join(mkdtempSync(join(tmpdir(), 'dari-e2e-package-')), 'curriculum.dari'));

  // Server B trusts A's published key; its admin uploads the package and sees the preview first.
  const { publicKeyMultibase } = (await (await request.get('/.well-known/dari-certificate-key')).json()) as { publicKeyMultibase: string };
  const serverB = await startSecondServer(B_PORT, { DARI_TRUSTED_PUBLISHERS: publicKeyMultibase });
  try {
    const traineeB = await signedInOnB(browser, 'trainee');
    const bodyOnB = async () =>
      (
        await graphql<{ lesson: { body: string } }>(
          traineeB.request,
          `
            query ($id: ID!) {
              lesson(id: $id) {
                body
              }
            }
          `,
          { id: lessonId },
        )
      ).lesson.body;
    expect(await bodyOnB()).not.toContain(SENTENCE);

    const admin = await signedInOnB(browser, 'admin');
    const importing = new ContentPackagesPage(admin);
    await importing.open();
    await importing.upload(file);
    await expect(importing.preview).toBeVisible({ timeout: 30_000 });
    const change = importing.change(`lesson:${lessonId}`);
    await expect(change).toContainText('달라짐');
    await expect(change.locator('ins')).toContainText('중앙병원에서');
    await importing.apply.click();
    await expect(importing.applied).toBeVisible({ timeout: 30_000 });

    // B's trainee reads the lesson as A published it.
    expect(await bodyOnB()).toContain(SENTENCE);
    await traineeB.goto(`/lessons/${lessonId}`);
    await expect(new LessonPage(traineeB).body).toContainText(SENTENCE);
  } finally {
    await serverB.stop();
  }
});
