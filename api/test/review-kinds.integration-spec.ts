import { join } from 'node:path';
import { itemToYaml, parseItemYaml, toStoredItem } from '@dari/content';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { Role } from '../src/access/role.enum';
import { separateDatabase } from './support/databases';
import { codeOf, type GqlResult, startTestApp, type TestApp } from './support/test-app';

const CONTENT = join(__dirname, '..', '..', 'content');
const START = `mutation ($kind: VersionedKind!, $id: ID!) { startRevision(kind: $kind, contentId: $id) { id kind title body saves baseVersion } }`;
const SAVE = `mutation ($id: UUID!, $input: SaveRevisionInput!) { saveRevision(id: $id, input: $input) { id title body saves } }`;
const SUBMIT = `mutation ($id: UUID!, $reviewers: [UUID!]!, $dueOn: LocalDate!) { submitRevision(id: $id, reviewerIds: $reviewers, dueOn: $dueOn) { status } }`;
const DECIDE = `mutation ($id: UUID!) { decideRevision(id: $id, decision: approved) { status } }`;
const PUBLISH = `mutation ($id: UUID!) { publishRevision(id: $id) { status publishedVersion } }`;
const HISTORY = `query ($kind: VersionedKind!, $id: ID!) { contentHistory(kind: $kind, contentId: $id) { version source } }`;
const TEXTBOOK = `query ($id: ID!) { textbook(id: $id) { version chapters { sections { id title body version } } } }`;
const QUIZ_ATTEMPT = `mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { items { id stem options { id text } correct correctOptionIds explanation } } }`;

interface Revision {
  id: string;
  title: string;
  body: string;
  saves: number;
  baseVersion: number;
}

const ok = <T>(result: GqlResult<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Revising a written textbook section and a question item of the real content (in the separate database). */
describe(`faculty review of sections and items (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let author: { id: string; token: string };
  let reviewer: { id: string; token: string };

  beforeAll(async () => {
    app = await startTestApp({ ...separateDatabase(), contentDir: CONTENT });
    author = await app.newUser(Role.author);
    reviewer = await app.newUser(Role.reviewer);
  });
  afterAll(() => app.close());

  const start = (kind: string, id: string) => app.gql<{ startRevision: Revision }>(START, { kind, id }, { token: author.token });
  const save = (revision: Revision, body: string) =>
    app.gql<{ saveRevision: Revision }>(
      SAVE,
      { id: revision.id, input: { title: revision.title, body, saves: revision.saves } },
      { token: author.token },
    );
  /** Submitted, approved and published. */
  const publish = async (id: string) => {
    ok(await app.gql(SUBMIT, { id, reviewers: [reviewer.id], dueOn: tomorrow() }, { token: author.token }));
    ok(await app.gql(DECIDE, { id }, { token: reviewer.token }));
    return ok(await app.gql<{ publishRevision: { status: string; publishedVersion: number } }>(PUBLISH, { id }, { token: author.token }))
      .publishRevision;
  };

  it('publishes a written section to readers and the PDF (the book’s version), and refuses a section that shows a lesson', async () => {
    const [section]: { id: string; textbook_id: string }[] = await app.db.query(
      `SELECT id, textbook_id FROM textbook_section WHERE lesson_id IS NULL ORDER BY id DESC LIMIT 1`,
    );
    const [book]: { version: number }[] = await app.db.query(`SELECT version FROM textbook WHERE id = $1`, [section.textbook_id]);
    const draft = ok(await start('textbookSection', section.id)).startRevision;
    expect(draft.body.length).toBeGreaterThan(0);
    const body = `${draft.body}\n\n산전접촉마다 혈압을 잰다.`;
    ok(await save(draft, body));
    expect(await publish(draft.id)).toEqual({ status: 'published', publishedVersion: draft.baseVersion + 1 });

    const trainee = await app.newUser(Role.trainee);
    const read = ok(
      await app.gql<{ textbook: { version: number; chapters: { sections: { id: string; body: string; version: number }[] }[] } }>(
        TEXTBOOK,
        { id: section.textbook_id },
        { token: trainee.token },
      ),
    ).textbook;
    expect(read.version).toBe(book.version + 1);
    expect(read.chapters.flatMap((c) => c.sections).find((s) => s.id === section.id)).toMatchObject({
      body,
      version: draft.baseVersion + 1,
    });
    const history = ok(
      await app.gql<{ contentHistory: { version: number; source: string }[] }>(
        HISTORY,
        { kind: 'textbookSection', id: section.id },
        { token: author.token },
      ),
    ).contentHistory;
    expect(history[0]).toEqual({ version: draft.baseVersion + 1, source: 'review' });

    const [linked]: { id: string; lesson_id: string }[] = await app.db.query(
      `SELECT id, lesson_id FROM textbook_section WHERE lesson_id IS NOT NULL LIMIT 1`,
    );
    const refused = await start('textbookSection', linked.id);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'SECTION_SHOWS_LESSON',
      lessonId: linked.lesson_id,
      messageKo: expect.stringContaining('강의'),
    });

    // Importing content/ again (the section's file unchanged) keeps the reviewed text.
    await app.nest.get(ContentImporter).importFrom(CONTENT);
    const [kept] = await app.db.query(`SELECT body, version FROM textbook_section WHERE id = $1`, [section.id]);
    expect(kept).toEqual({ body, version: draft.baseVersion + 1 });
  });

  it('revises a question item as YAML: refuses invalid text, publishes the answer key and serves the new item to trainees without it', async () => {
    const [item]: { id: string; quiz_id: string; course_id: string; stem: string }[] = await app.db.query(
      `SELECT i.id, i.quiz_id, q.course_id, i.stem FROM question_item i JOIN quiz q ON q.id = i.quiz_id WHERE i.type = 'single' ORDER BY i.id DESC LIMIT 1`,
    );
    const draft = ok(await start('questionItem', item.id)).startRevision;
    expect(draft.body).toContain('type: single');
    expect(draft.body).toContain('correct: true');
    const parsed = parseItemYaml(draft.body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.item.stem).toBe(item.stem);

    // Malformed YAML, a schema violation and a broken answer key are each refused; nothing is saved.
    for (const invalid of [
      'stem: [',
      draft.body.replace('type: single', 'type: essay'),
      draft.body.replace(/\n {2}- text: /, '\n  - correct: true\n    text: '),
    ]) {
      const refused = await save(draft, invalid);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions).toMatchObject({
        problems: expect.arrayContaining([expect.any(String)]),
        messageKo: expect.stringContaining('문제항목'),
      });
    }
    const [unsaved] = await app.db.query(`SELECT saves FROM revision WHERE id = $1`, [draft.id]);
    expect(unsaved).toEqual({ saves: 0 });

    // The new stem, options and answer key: the last option becomes the correct one.
    const stored = toStoredItem(parsed.item);
    const options = stored.options.map((o, k) => ({ ...o, text: `${o.text} (고침 ${k + 1})` }));
    const newKey = options[options.length - 1].id;
    const body = itemToYaml({ ...stored, stem: `${item.stem} (고친 문제)`, options, correct: [newKey] });
    ok(await save(draft, body));
    expect(await publish(draft.id)).toEqual({ status: 'published', publishedVersion: draft.baseVersion + 1 });
    const [row] = await app.db.query(`SELECT stem, correct, version FROM question_item WHERE id = $1`, [item.id]);
    expect(row).toEqual({ stem: `${item.stem} (고친 문제)`, correct: [newKey], version: draft.baseVersion + 1 });

    const trainee = await app.newUser(Role.trainee);
    ok(await app.gql(`mutation ($id: ID!) { enrol(courseId: $id) { id } }`, { id: item.course_id }, { token: trainee.token }));
    const attempt = await app.gql<{
      startQuizAttempt: {
        items: {
          id: string;
          stem: string;
          options: { text: string }[];
          correct: boolean | null;
          correctOptionIds: string[] | null;
          explanation: string | null;
        }[];
      };
    }>(QUIZ_ATTEMPT, { quizId: item.quiz_id }, { token: trainee.token });
    const served = ok(attempt).startQuizAttempt.items.find((i) => i.id === item.id)!;
    expect(served.stem).toBe(`${item.stem} (고친 문제)`);
    expect(served.options.map((o) => o.text).sort()).toEqual(options.map((o) => o.text).sort());
    expect(served).toMatchObject({ correct: null, correctOptionIds: null, explanation: null });
    expect(JSON.stringify(attempt)).not.toContain('correct: true');
    // Revisions (with their answer keys) are for faculty only.
    expect(codeOf(await app.gql(`query ($id: UUID!) { revision(id: $id) { body } }`, { id: draft.id }, { token: trainee.token }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.gql(HISTORY, { kind: 'questionItem', id: item.id }, { token: trainee.token }))).toBe('FORBIDDEN');

    // Importing content/ again (the quiz file unchanged) keeps the reviewed item.
    await app.nest.get(ContentImporter).importFrom(CONTENT);
    const [kept] = await app.db.query(`SELECT stem, correct, version FROM question_item WHERE id = $1`, [item.id]);
    expect(kept).toEqual(row);
    const history = ok(
      await app.gql<{ contentHistory: { version: number; source: string }[] }>(
        HISTORY,
        { kind: 'questionItem', id: item.id },
        { token: author.token },
      ),
    ).contentHistory;
    expect(history.map((h) => h.source)).toEqual(['review', 'import']);
  });
});
