import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestApp, type TestApp } from './support/test-app';

// The app runs in this process: if the PDF were typeset on its event loop, /health (and the loop delay
// measured here) would wait for it.
describe(`PDFs off the event loop (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('answers /health within 200 ms while a cold textbook PDF renders, and stores the PDF for every process', async () => {
    await app.db.query(`DELETE FROM rendered_pdf`);
    const token = await app.login('trainee');
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let rendered = false;
    const pdf = fetch(`${app.url}/textbooks/test-textbook.pdf`, { headers: { authorization: `Bearer ${token}` } }).then(async (res) => {
      rendered = true;
      return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
    });
    const healthTimes: number[] = [];
    while (!rendered) {
      const start = performance.now();
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      healthTimes.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
    loop.disable();
    const { status, bytes } = await pdf;
    expect(status).toBe(200);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(loop.max / 1e6).toBeLessThan(200); // the event loop itself never stalled
    expect(Math.max(...healthTimes)).toBeLessThan(200);

    const stored: { key: string; size: number }[] = await app.db.query(`SELECT key, length(pdf) AS size FROM rendered_pdf`);
    // Keyed by the textbook's version and its quiz items' version (the self-assessment pages print items).
    expect(stored).toEqual([{ key: expect.stringMatching(/^textbook:test-textbook@\d+\.\d+$/), size: bytes.length }]);
  });
});
