import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

const SHELL =
  '<!doctype html><html><head><title>다리</title><link rel="stylesheet" href="/assets/app.css"></head><body><div id="root"></div></body></html>';

/** Raw HTTP, so compressed bodies and 304s arrive as a browser receives them. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`delivery: first HTML, compression, validators (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let dist: string;
  let cookie: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dari-web-'));
    writeFileSync(join(dist, 'index.html'), SHELL);
    app = await startTestApp({ webDist: dist });
    cookie = `dari_session=${await app.login('trainee')}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('renders a lesson into the first HTML for a signed-in reader, with the reader renderer', async () => {
    const res = await get(`${app.url}/lessons/test-lesson-one`, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const html = res.body.toString();
    expect(html).toContain('<title>시험 강의 one · 다리</title>');
    expect(html).toContain('<div id="root"><div data-server-rendered="">');
    expect(html).toContain('옥시토신(oxytocin) 10 IU를 근육주사한다 (one).');
    expect(html).toMatch(/<table[\s\S]*10 IU/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/app.css">');
    // No inline script: the CSP allows none.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('renders a course with its lessons and a textbook section', async () => {
    const course = (await get(`${app.url}/courses/test-course`, { cookie })).body.toString();
    expect(course).toContain('<h1>산후출혈 대응</h1>');
    expect(course).toContain('href="/lessons/test-lesson-one"');
    const section = (await get(`${app.url}/textbooks/test-textbook/test-textbook-appendix`, { cookie })).body.toString();
    expect(section).toContain('<h1>부록 — 약품표</h1>');
    expect(section).toContain('황산마그네슘(magnesium sulfate)은 자간을 막는 약이다.');
  });

  it('serves the plain app page without a session, and for what does not exist', async () => {
    for (const [path, headers] of [
      ['/lessons/test-lesson-one', {}],
      ['/lessons/no-such-lesson', { cookie }],
      ['/textbooks/test-textbook/no-such-section', { cookie }],
    ] as const) {
      const res = await get(`${app.url}${path}`, headers);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe(SHELL);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('leaves figures out of the first HTML when the reader saves data', async () => {
    const figures = (await get(`${app.url}/textbooks/test-textbook/test-textbook-appendix`, { cookie })).body.toString();
    const saving = (await get(`${app.url}/textbooks/test-textbook/test-textbook-appendix`, { cookie, 'save-data': 'on' })).body.toString();
    const lowDataCookie = (
      await get(`${app.url}/textbooks/test-textbook/test-textbook-appendix`, { cookie: `${cookie}; dari_low_data=on` })
    ).body.toString();
    expect(figures).toContain('<img src="/media/test-figure.svg"');
    for (const html of [saving, lowDataCookie]) {
      expect(html).not.toContain('<img');
      expect(html).toContain('figure--deferred');
      expect(html).toContain('옥시토신 보관 온도');
    }
  });

  it('compresses GraphQL answers with brotli or gzip as accepted', async () => {
    // Above the 1 KB below which compressing is not worth it.
    const body = JSON.stringify({ query: '{ textbook(id: "test-textbook") { chapters { sections { body references { title } } } } }' });
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding, cookie },
        body,
      });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(((await res.json()) as { data: unknown }).data).toBeTruthy();
    }
  });

  it('answers 304 to a textbook PDF the browser holds, and sends PDFs uncompressed', async () => {
    const first = await get(`${app.url}/textbooks/test-textbook.pdf`, { cookie, 'accept-encoding': 'br, gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    const again = await get(`${app.url}/textbooks/test-textbook.pdf`, { cookie, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(`${app.url}/textbooks/test-textbook.pdf`, { cookie, 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('answers 304 to a registrar export downloaded before', async () => {
    const registrar = `dari_session=${await app.login('registrar')}`;
    const first = await get(`${app.url}/exports/retraining-compliance.csv`, { cookie: registrar });
    expect(first.status).toBe(200);
    const again = await get(`${app.url}/exports/retraining-compliance.csv`, {
      cookie: registrar,
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    // Without the right to read the list there is no 304 either.
    expect(
      (await get(`${app.url}/exports/retraining-compliance.csv`, { cookie, 'if-none-match': String(first.headers.etag) })).status,
    ).not.toBe(304);
  });
});
