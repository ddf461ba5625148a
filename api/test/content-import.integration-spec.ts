import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { FIXTURE_CONTENT, startTestApp, type TestApp } from './support/test-app';

const LESSON_BODY = `query ($id: ID!) { lesson(id: $id) { body version } }`;

describe(`content import (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let importer: ContentImporter;
  let root: string;
  let token: string;
  const lessonFile = () => join(root, 'curricula/test-curriculum/test-course/test-lesson-one.md');

  beforeAll(async () => {
    app = await startTestApp();
    importer = app.nest.get(ContentImporter);
    root = mkdtempSync(join(tmpdir(), 'dari-content-'));
    cpSync(FIXTURE_CONTENT, root, { recursive: true });
    token = await app.login('author');
  });
  afterAll(() => app.close());

  it('imports nothing the second time', async () => {
    const steps: string[] = [];
    const report = await importer.importFrom(root, (step, done, total) => steps.push(`${done}/${total} ${step}`));
    expect(report.lessons).toEqual({ added: 0, changed: 0, unchanged: 4 });
    expect(report.courses).toEqual({ added: 0, changed: 0, unchanged: 2 });
    expect(report.items).toEqual({ added: 0, changed: 0, unchanged: 2 });
    expect(report.textbooks).toEqual({ added: 0, changed: 0, unchanged: 1 });
    expect(report.sections).toEqual({ added: 0, changed: 0, unchanged: 3 });
    expect(report.checklists).toEqual({ added: 0, changed: 0, unchanged: 1 });
    expect(report.glossary).toEqual({ added: 0, changed: 0, unchanged: 2 });
    expect(steps).toEqual(expect.arrayContaining(['1/11 curricula', '9/11 sections', '10/11 checklists', '11/11 glossary']));
  });

  it('keeps quiz answer keys out of the item options', async () => {
    const [item] = await app.db.query(`SELECT options, correct FROM question_item WHERE id = 'test-lesson-one-q01'`);
    expect(item.options).toEqual([
      { id: 'a', text: '5 IU 정맥주사' },
      { id: 'b', text: '10 IU 근육주사' },
      { id: 'c', text: '20 IU 먹는약' },
    ]);
    expect(item.correct).toEqual(['b']);
  });

  const versionsNow = async () => {
    const result = await app.gql<{ lesson: { version: number }; textbooks: { version: number }[] }>(
      `{ lesson(id: "test-lesson-one") { version } textbooks { version } }`,
      {},
      { token },
    );
    return { lesson: result.data!.lesson.version, textbook: result.data!.textbooks[0].version };
  };
  let before: { lesson: number; textbook: number };

  it('updates an edited lesson, and only that one', async () => {
    before = await versionsNow();
    writeFileSync(lessonFile(), readFileSync(lessonFile(), 'utf8').replace('근육주사한다', '근육주사 한다 (수정)'));
    const report = await importer.importFrom(root);
    expect(report.lessons).toEqual({ added: 0, changed: 1, unchanged: 3 });
    const result = await app.gql<{ lesson: { body: string; version: number } }>(LESSON_BODY, { id: 'test-lesson-one' }, { token });
    expect(result.data!.lesson).toMatchObject({ body: expect.stringContaining('(수정)'), version: before.lesson + 1 });
  });

  it('keeps the earlier version of an edited lesson and moves the textbook that prints it to a new version', async () => {
    const versions = await app.db.query(
      `SELECT version, body FROM content_version WHERE kind = 'lesson' AND content_id = 'test-lesson-one' ORDER BY version`,
    );
    const latest = versions.at(-1);
    const previous = versions.at(-2);
    expect(latest).toMatchObject({ version: before.lesson + 1, body: expect.stringContaining('(수정)') });
    expect(previous).toMatchObject({ version: before.lesson });
    expect(previous.body).not.toContain('(수정)');
    expect((await versionsNow()).textbook).toBe(before.textbook + 1);
  });

  it('moves a checklist to its next version when it changes, and only then', async () => {
    const file = join(root, 'checklists/test-checklist.checklist.yaml');
    const version = async () =>
      (
        await app.gql<{ checklist: { version: number; steps: { text: string }[] } }>(
          `{ checklist(id: "test-checklist") { version steps { text } } }`,
          {},
          { token },
        )
      ).data!.checklist;
    const was = await version();
    expect((await importer.importFrom(root)).checklists).toEqual({ added: 0, changed: 0, unchanged: 1 });
    writeFileSync(file, readFileSync(file, 'utf8').replace('결과를 기록한다.', '결과를 기록장에 적는다.'));
    expect((await importer.importFrom(root)).checklists).toEqual({ added: 0, changed: 1, unchanged: 0 });
    const now = await version();
    expect(now.version).toBe(was.version + 1);
    expect(now.steps[7].text).toBe('결과를 기록장에 적는다.');
  });

  it('imports nothing at all when one file is invalid', async () => {
    writeFileSync(lessonFile(), readFileSync(lessonFile(), 'utf8').replace('(수정)', '(두번째 수정)'));
    const other = join(root, 'curricula/test-curriculum/test-course/test-lesson-two.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('topic: maternal', 'topic: [maternal'));
    await expect(importer.importFrom(root)).rejects.toMatchObject({
      extensions: expect.objectContaining({
        code: 'CONTENT_INVALID',
        errors: [expect.stringMatching(/test-lesson-two\.md:\d+: malformed YAML/)],
      }),
    });
    const result = await app.gql<{ lesson: { body: string } }>(LESSON_BODY, { id: 'test-lesson-one' }, { token });
    expect(result.data!.lesson.body).not.toContain('두번째');
  });
});
