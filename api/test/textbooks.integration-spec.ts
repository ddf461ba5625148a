import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS, codeOf, startTestApp, type TestApp } from './support/test-app';

const TEXTBOOKS = `{ textbooks { id title edition version sectionCount pdfPath } }`;
const TEXTBOOK = `query ($id: ID!) {
  textbook(id: $id) {
    id title preface reviewStatus
    chapters { id position title sections { id position title body version references { title } lesson { id title } } }
  }
}`;

describe(`textbooks (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('trainee');
  });
  afterAll(() => app.close());

  it('lists textbooks for every role', async () => {
    for (const user of DEMO_USERS) {
      const result = await app.gql<{ textbooks: { id: string; sectionCount: number; pdfPath: string }[] }>(
        TEXTBOOKS,
        {},
        { token: await app.login(user) },
      );
      expect(result.data!.textbooks).toEqual([
        expect.objectContaining({ id: 'test-textbook', sectionCount: 3, pdfPath: '/textbooks/test-textbook.pdf' }),
      ]);
    }
  });

  it('refuses anonymous readers', async () => {
    const result = await app.gql(TEXTBOOKS);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('returns chapters in order, lesson sections with the lesson text and written sections with their own', async () => {
    const result = await app.gql<{ textbook: { chapters: { id: string; sections: Record<string, unknown>[] }[] } }>(
      TEXTBOOK,
      { id: 'test-textbook' },
      { token },
    );
    const chapters = result.data!.textbook.chapters;
    expect(chapters.map((c) => c.id)).toEqual(['test-textbook-ch1', 'test-textbook-ch2']);
    expect(chapters[0].sections.map((s) => s.id)).toEqual(['test-lesson-one', 'test-textbook-appendix']);
    expect(chapters[0].sections[0]).toMatchObject({ title: '시험 강의 one', lesson: { id: 'test-lesson-one' } });
    expect(chapters[0].sections[0].body).toContain('옥시토신(oxytocin) 10 IU');
    expect(chapters[0].sections[1]).toMatchObject({ title: '부록 — 약품표', lesson: null, version: 1 });
    expect(chapters[0].sections[1].body).toContain('황산마그네슘');
  });

  it('answers NOT_FOUND in Korean and English for an unknown textbook', async () => {
    const result = await app.gql(TEXTBOOK, { id: 'no-such-book' }, { token });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageKo: expect.stringContaining('교과서'),
      messageEn: expect.stringContaining('Textbook'),
    });
  });

  it('serves the print-ready PDF to a signed-in user, with its Korean text extractable', async () => {
    const res = await fetch(`${app.url}/textbooks/test-textbook.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'dari-pdf-')), 'book.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('시험 교과서');
    expect(text).toContain('황산마그네슘(magnesium sulfate)은 자간을 막는 약이다.');
    expect(text).toContain('냉장');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('refuses the PDF without a session and answers 404 for an unknown textbook', async () => {
    expect((await fetch(`${app.url}/textbooks/test-textbook.pdf`)).status).toBe(401);
    const missing = await fetch(`${app.url}/textbooks/no-such-book.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('prints a whole curriculum as one book, a chapter per course', async () => {
    const res = await fetch(`${app.url}/curricula/test-curriculum.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'dari-pdf-')), 'curriculum.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('산후출혈 대응');
    expect(text).toContain('시험 강의 one');
  });

  it('leaves the web app its own textbook pages', async () => {
    const page = await fetch(`${app.url}/textbooks/test-textbook`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('serves figures from content/media, and a missing one as 404', async () => {
    const svg = await fetch(`${app.url}/media/test-figure.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect((await fetch(`${app.url}/media/missing.svg`)).status).toBe(404);
  });
});
