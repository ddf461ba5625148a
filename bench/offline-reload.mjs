// Part of `npm run bench`: a trainee saves a course for offline, the network goes, and a saved lesson is
// reloaded. Chromium's DevTools protocol counts what the reload took from the network (bytes of responses not
// answered by the service worker, and requests that tried the network and failed) and when the text showed.
// Needs the built web app (api/dist serves web/dist) and Debian's Chromium (CHROMIUM_PATH).
// Figures go to bench/results/offline-reload.json.
import { chromium } from 'playwright-core';
import { startBenchApp } from './lib/app.mjs';
import { writeResult } from './lib/results.mjs';

const COURSE = 'maternal-primary-newborn';
const LESSON = 'pre-eclampsia-primary';

const bench = await startBenchApp(3205);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const context = await browser.newContext({ baseURL: bench.appUrl, locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('사용자이름').fill('bench');
  await page.getByLabel('암호').fill('bench-password-1234');
  await page.getByRole('button', { name: '들어가기' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));

  await page.goto(`/courses/${COURSE}`);
  await page.getByRole('button', { name: '오프라인용으로 보관' }).click();
  await page.getByText('보관됨').waitFor({ timeout: 120_000 });
  const savedSize = await page.getByText(/^크기 /).innerText();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  await page.goto(`/lessons/${LESSON}`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  // Offline (the page and its service worker), then count every request of the reload.
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => requests.set(requestId, { url: request.url, fromServiceWorker: false }));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = requests.get(requestId);
    if (entry) entry.fromServiceWorker = Boolean(response.fromServiceWorker);
  });
  let networkBytes = 0;
  let networkResponses = 0;
  const failed = [];
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (!entry || entry.fromServiceWorker || entry.url.startsWith('data:')) return;
    networkBytes += encodedDataLength;
    networkResponses += 1;
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => failed.push(requests.get(requestId)?.url ?? requestId));

  const started = Date.now();
  await page.reload();
  // The lesson's text: its heading and the paragraphs of the body.
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
  await page.getByRole('main').locator('p').nth(3).waitFor({ timeout: 30_000 });
  const textVisibleMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const served = [...requests.values()].filter((entry) => entry.fromServiceWorker).length;

  const result = {
    date: new Date().toISOString(),
    method: 'Chromium offline (context.setOffline), reload of a saved lesson; bytes of responses not from the service worker',
    course: COURSE,
    lesson: LESSON,
    savedSize,
    networkBytes,
    networkResponses,
    failedRequests: failed,
    serviceWorkerResponses: served,
    textVisibleMs,
  };
  console.log(
    `offline reload of /lessons/${LESSON}: ${networkBytes} network bytes, ${failed.length} failed requests, ${served} from the service worker, text after ${textVisibleMs} ms (saved: ${savedSize})`,
  );
  // The trainee's own queries (progress, notifications) are never saved: they try the network and fail at once.
  if (networkBytes > 0) console.warn('The saved lesson took bytes from the network.');
  await writeResult('offline-reload', result);
} finally {
  await browser.close();
  await bench.stop();
}
