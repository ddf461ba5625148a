import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '@dari/content';
import { separateDatabase } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const CONTENT = join(__dirname, '..', '..', 'content');

/** The curricula in content/ as trainees get them (in a database of their own): all of it imports, every textbook prints. */
describe(`the real content (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let token: string;
  const source = loadContent(CONTENT);

  beforeAll(async () => {
    app = await startTestApp({ ...separateDatabase(), contentDir: CONTENT });
    token = await app.login('trainee');
  });
  afterAll(() => app.close());

  it('is valid and imports completely', async () => {
    expect(source.errors).toEqual([]);
    const result = await app.gql<{ curricula: { id: string }[]; textbooks: { id: string; sectionCount: number }[] }>(
      `{ curricula { id } textbooks { id sectionCount } }`,
      {},
      { token },
    );
    expect(result.data!.curricula.map((c) => c.id)).toEqual(expect.arrayContaining(source.curricula.map((c) => c.id)));
    expect(result.data!.textbooks.map((t) => t.id)).toEqual(expect.arrayContaining(source.textbooks.map((t) => t.id)));
  });

  it('prints every textbook as a PDF whose Korean text extracts', async () => {
    for (const textbook of source.textbooks) {
      const res = await fetch(`${app.url}/textbooks/${textbook.id}.pdf`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const file = join(mkdtempSync(join(tmpdir(), 'dari-book-')), `${textbook.id}.pdf`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(textbook.title.ko);
      const lastChapter = textbook.chapters.at(-1)!;
      expect(text).toContain(lastChapter.title.ko);
    }
  });
});
