import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LessonPage } from '../pages/lesson.page';
import { SearchPage } from '../pages/search.page';
import { SignInPage } from '../pages/sign-in.page';
import { TextbookPage } from '../pages/textbook.page';

test.beforeEach(async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
});

test('a trainee opens a textbook, moves through its chapters and downloads the PDF', async ({ page }) => {
  const book = new TextbookPage(page);
  await page.getByRole('navigation').getByRole('link', { name: '교과서' }).click();
  await expect(page).toHaveURL(/\/textbooks$/);
  const title = await book.openFirstTextbook();
  await expect(book.heading).toHaveText(title);
  await expect(book.contents).toBeVisible();

  await book.startReading.click();
  await expect(book.currentSection).toContainText('1.1');
  const first = await book.section.getByRole('heading', { level: 1 }).or(book.heading).first().innerText();
  await book.nextSection.click();
  await expect(book.currentSection).toContainText('1.2');
  await expect(book.heading).not.toHaveText(first);

  // A later chapter straight from the contents, then back with the pager.
  await book.openSection('2.1');
  await expect(book.currentSection).toContainText('2.1');
  await expect(page).toHaveURL(/\/textbooks\/[^/]+\/[^/]+$/);
  await book.previousSection.click();
  await expect(book.currentSection).not.toContainText('2.1');

  const [download] = await Promise.all([page.waitForEvent('download'), book.pdfLinks.first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a trainee searches for a Korean word and opens a lesson from the results', async ({ page }) => {
  const search = new SearchPage(page);
  await search.search('옥시토신');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(search.results.first()).toBeVisible();
  await expect(search.marks.first()).toHaveText('옥시토신');

  const firstLesson = search.results.filter({ hasText: '강의' }).first().getByRole('link').first();
  const lessonTitle = (await firstLesson.innerText()).trim();
  await firstLesson.click();
  await expect(new LessonPage(page).heading).toHaveText(lessonTitle);
});

test('a one-character search shows the Korean message', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('옥');
  await expect(search.error).toContainText('두 글자 이상');
});
