// A trainee on a slow link (issue 14): Chromium with CDP network emulation — 300 ms latency, 32,000 B/s down,
// 16,000 B/s up — opens the lesson pre-eclampsia-primary signed in. Measured: cold (empty cache) time until the
// lesson's text is visible and the bytes received until then and until the page settles; warm (HTTP cache
// filled, no service worker) time until the text is visible again. The production build must exist
// (`npm run build`). Figures go to bench/results/slow-link.json; the method is in bench/README.md.
import { chromium } from 'playwright-core';
import { startBenchApp } from './lib/app.mjs';
import { writeResult } from './lib/results.mjs';

const LESSON = '/lessons/pre-eclampsia-primary';
const TEXT = '140~150/90~100 mmHg';
const LINK = { offline: false, latency: 300, downloadThroughput: 32_000, uploadThroughput: 16_000 };
const TARGETS = { coldTextMs: 5000, coldBytes: 200 * 1024, warmTextMs: 1500 };

// Signed in as a trainee, as in the field: faculty pages load their editing code on top.
const app = await startBenchApp(Number(process.env.BENCH_PORT ?? 3299), { as: 'trainee' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
try {
  // The service worker is blocked: this measures what the server and the HTTP cache do on their own.
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ko-KR' });
  const { hostname } = new URL(app.appUrl);
  await context.addCookies([{ name: 'dari_session', value: app.token, domain: hostname, path: '/', httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINK);
  let bytes = 0;
  let responses = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    responses += 1;
  });

  /** Navigates and returns ms until the lesson's text is on screen, and the bytes received by then. */
  const open = async () => {
    bytes = 0;
    responses = 0;
    const start = Date.now();
    await page.goto(`${app.appUrl}${LESSON}`, { waitUntil: 'commit' });
    await page.getByText(TEXT).first().waitFor({ state: 'visible', timeout: 120_000 });
    const textMs = Date.now() - start;
    const textBytes = bytes;
    await page.waitForLoadState('networkidle', { timeout: 180_000 });
    return { textMs, bytesAtText: textBytes, bytesSettled: bytes, responsesSettled: responses, settledMs: Date.now() - start };
  };

  const cold = await open();
  const warm = await open();
  const result = {
    date: new Date().toISOString(),
    lesson: LESSON,
    link: { latencyMs: LINK.latency, downBytesPerSecond: LINK.downloadThroughput, upBytesPerSecond: LINK.uploadThroughput },
    cold,
    warm,
    targets: TARGETS,
    met: {
      coldText: cold.textMs <= TARGETS.coldTextMs,
      coldBytes: cold.bytesSettled <= TARGETS.coldBytes,
      warmText: warm.textMs <= TARGETS.warmTextMs,
    },
  };
  console.log(
    `cold: text visible after ${cold.textMs} ms (${(cold.bytesAtText / 1024).toFixed(1)} KB); settled ${cold.settledMs} ms, ${(cold.bytesSettled / 1024).toFixed(1)} KB in ${cold.responsesSettled} responses`,
  );
  console.log(
    `warm: text visible after ${warm.textMs} ms (${(warm.bytesAtText / 1024).toFixed(1)} KB); settled ${warm.settledMs} ms, ${(warm.bytesSettled / 1024).toFixed(1)} KB in ${warm.responsesSettled} responses`,
  );
  await writeResult('slow-link', result);
} finally {
  await browser.close();
  await app.stop();
}
