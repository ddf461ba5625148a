import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { FigureView } from '../pages/figure.page';
import { LessonPage } from '../pages/lesson.page';
import { SignInPage } from '../pages/sign-in.page';
import { SiteHeader } from '../pages/site-header.page';

// A lesson with both a wide table (the two magnesium sulfate regimens) and a figure whose smallest text is
// 11 units in a 640-unit-wide drawing: at a phone's column width it would be drawn at about 5.6 px.
const LESSON = 'severe-pre-eclampsia-eclampsia';
const FIGURE_ALT = '황산마그네슘 다음 용량을 주기 전의 확인 순서';
const WIDE_TABLE_TEXT = 'Pritchard';

// 15 % of a 640 px high screen.
const MAX_HEADER_PX = 96;
const MIN_TEXT_PX = 12;

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('a trainee reads a lesson with a table and a figure on a 360 px phone', async ({ page }, testInfo) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);

  // The header is one short row: the navigation waits behind the menu button.
  const header = new SiteHeader(page);
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(header.link('모든 과정')).toBeHidden();
  expect(await header.height()).toBeLessThanOrEqual(MAX_HEADER_PX);
  await screenshot(page, testInfo, '1-home');

  // The menu opens, Escape closes it and gives the focus back to its button.
  await header.menuButton.tap();
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(header.link('모든 과정')).toBeVisible();
  await screenshot(page, testInfo, '2-menu-open');
  await page.keyboard.press('Escape');
  await expect(header.link('모든 과정')).toBeHidden();
  await expect(header.menuButton).toBeFocused();

  // In English the header is still one short row.
  await header.menuButton.tap();
  await page.getByRole('button', { name: 'English' }).tap();
  const menuEn = header.banner.getByRole('button', { name: 'Menu' });
  await menuEn.tap();
  await expect(menuEn).toHaveAttribute('aria-expanded', 'false');
  expect(await header.height()).toBeLessThanOrEqual(MAX_HEADER_PX);
  await screenshot(page, testInfo, '3-home-english');
  await menuEn.tap();
  await page.getByRole('button', { name: '조선어' }).tap();
  await header.menuButton.tap();

  // Following a link in the menu navigates and folds the menu again.
  await header.menuButton.tap();
  await header.link('모든 과정').tap();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(header.link('모든 과정')).toBeHidden();

  const lesson = new LessonPage(page);
  await page.goto(`/lessons/${LESSON}`);
  await expect(lesson.heading).toContainText('자간전증');
  expect(await header.height()).toBeLessThanOrEqual(MAX_HEADER_PX);
  await screenshot(page, testInfo, '4-lesson');

  // The figure keeps its text readable and scrolls sideways inside its own box instead.
  const figure = new FigureView(page, FIGURE_ALT);
  await figure.image.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.smallestTextPx()).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  expect(await figure.scrollBox.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, testInfo, '5-figure');

  // A tap enlarges it to the whole screen; Escape closes it and the focus returns to the figure.
  await figure.opener.tap();
  await expect(figure.dialog).toBeVisible();
  await expect(figure.close).toBeFocused();
  const enlarged = (await figure.dialog.getByAltText(FIGURE_ALT).boundingBox())?.width ?? 0;
  expect(enlarged).toBeGreaterThan((await figure.image.boundingBox())?.width ?? Number.POSITIVE_INFINITY);
  await screenshot(page, testInfo, '6-figure-enlarged');
  await page.keyboard.press('Escape');
  await expect(figure.dialog).toBeHidden();
  await expect(figure.opener).toBeFocused();
  // From the keyboard too; the close button closes it as Escape does.
  await page.keyboard.press('Enter');
  await expect(figure.dialog).toBeVisible();
  await figure.close.tap();
  await expect(figure.dialog).toBeHidden();

  // The wide table scrolls sideways while its first column, which names each row, stays where it was.
  const table = lesson.body.locator('.table-scroll').filter({ hasText: WIDE_TABLE_TEXT });
  await table.scrollIntoViewIfNeeded();
  expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  const rowName = table.getByRole('cell', { name: '유지 용량' });
  const secondColumn = table.getByRole('cell', { name: /^4시간마다/ });
  const before = { name: await rowName.boundingBox(), other: await secondColumn.boundingBox() };
  await table.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  // Enough presses to reach the end; the keyboard scrolls smoothly, so wait until it gets there.
  await expect.poll(() => table.evaluate((box) => box.scrollWidth - box.clientWidth - box.scrollLeft)).toBeLessThan(1);
  const scrolled = await table.evaluate((box) => box.scrollLeft);
  expect(scrolled).toBeGreaterThan(40);
  const after = { name: await rowName.boundingBox(), other: await secondColumn.boundingBox() };
  expect(after.name?.x).toBeCloseTo(before.name?.x ?? NaN, 0);
  expect((before.other?.x ?? 0) - (after.other?.x ?? 0)).toBeCloseTo(scrolled, 0);
  // The first column is drawn over the scrolled cells, so what passes under it is hidden, not shown through.
  const covering = await rowName.evaluate((cell) => {
    const box = cell.getBoundingClientRect();
    return (
      document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === cell ||
      cell.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))
    );
  });
  expect(covering).toBe(true);
  await screenshot(page, testInfo, '7-table-scrolled');
});
