import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentImporter } from '../src/curricula/content-importer.service';
import { FIXTURE_CONTENT, startTestApp, type TestApp } from './support/test-app';

const LESSON_BODY = `query ($id: ID!) { lesson(id: $id) { body } }`;

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
    const report = await importer.importFrom(root);
    expect(report.lessons).toEqual({ added: 0, changed: 0, unchanged: 3 });
    expect(report.courses).toEqual({ added: 0, changed: 0, unchanged: 1 });
  });

  it('updates an edited lesson, and only that one', async () => {
    writeFileSync(lessonFile(), readFileSync(lessonFile(), 'utf8').replace('근육주사한다', '근육주사 한다 (수정)'));
    const report = await importer.importFrom(root);
    expect(report.lessons).toEqual({ added: 0, changed: 1, unchanged: 2 });
    const result = await app.gql<{ lesson: { body: string } }>(LESSON_BODY, { id: 'test-lesson-one' }, { token });
    expect(result.data!.lesson.body).toContain('(수정)');
  });

  it('imports nothing at all when one file is invalid', async () => {
    writeFileSync(lessonFile(), readFileSync(lessonFile(), 'utf8').replace('(수정)', '(두번째 수정)'));
    const other = join(root, 'curricula/test-curriculum/test-course/test-lesson-two.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('topic: maternal', 'topic: [maternal'));
    await expect(importer.importFrom(root)).rejects.toMatchObject({
      extensions: expect.objectContaining({ code: 'CONTENT_INVALID', errors: [expect.stringMatching(/test-lesson-two\.md:\d+: malformed YAML/)] }),
    });
    const result = await app.gql<{ lesson: { body: string } }>(LESSON_BODY, { id: 'test-lesson-one' }, { token });
    expect(result.data!.lesson.body).not.toContain('두번째');
  });
});
