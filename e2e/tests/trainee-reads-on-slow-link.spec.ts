import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';

const LESSON = '/lessons/pre-eclampsia-primary';
const DOSE = '140~150/90~100 mmHg';

async function signIn(page: Page) {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('trainee', 'dari-demo');
  await expect(page).toHaveURL(/\/$/);
}

test('the app is sent compressed, its hashed files cached for good and its page revalidated', async ({ request }) => {
  const index = await request.get('/', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(index.headers()['cache-control']).toBe('no-cache');
  expect(index.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  const assets = [...(await index.text()).matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) {
    const res = await request.get(asset, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status(), asset).toBe(200);
    expect(res.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    // Files under 1 KB are not worth compressing and go as they are.
    if ((await res.body()).length >= 1024) expect(res.headers()['content-encoding'], asset).toMatch(/^(br|gzip)$/);
  }
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('a textbook PDF the browser holds is answered 304', async ({ page }) => {
  await signIn(page);
  const first = await page.request.get('/textbooks/maternal-primary-textbook.pdf');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await page.request.get('/textbooks/maternal-primary-textbook.pdf', { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
});

test("a lesson's first HTML carries its text, readable with no JavaScript at all", async ({ page, browser }) => {
  await signIn(page);
  const html = await (await page.request.get(LESSON)).text();
  expect(html).toContain(DOSE);

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const reader = await noScript.newPage();
  await reader.goto(LESSON);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/자간전증/);
  await expect(reader.getByText(DOSE).first()).toBeVisible();
  await noScript.close();

  // With JavaScript the app takes over the same page: one heading, the text still there.
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: '학습완료' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main').getByText(DOSE).first()).toBeVisible();
});

test('low-data mode defers a figure until the trainee asks for it', async ({ page }) => {
  await signIn(page);
  const figureRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/media/')) figureRequests.push(request.url());
  });
  const lowData = page.getByRole('button', { name: '자료절약' });
  await lowData.click();
  await expect(lowData).toHaveAttribute('aria-pressed', 'true');

  await page.goto(LESSON);
  const main = page.getByRole('main');
  await expect(page.getByRole('button', { name: '학습완료' })).toBeVisible();
  const alt = '황산마그네슘 첫 용량을 주는 두가지 방법과 다음 용량 전의 확인';
  await expect(main.getByText(alt)).toBeVisible();
  await expect(main.locator('img[src^="/media/"]')).toHaveCount(0);
  expect(figureRequests).toEqual([]);

  await main.getByRole('button', { name: '그림 보기' }).first().click();
  await expect(main.getByRole('img', { name: alt })).toBeVisible();
  expect(figureRequests.length).toBeGreaterThan(0);

  // Kept on this device: the switch is still on after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: '자료절약' })).toHaveAttribute('aria-pressed', 'true');
});
