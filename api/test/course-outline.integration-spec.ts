import { Client } from 'pg';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { countQueries } from './support/query-counter';
import { FIXTURE_CONTENT, startTestApp, type TestApp } from './support/test-app';

const LESSON = `query ($id: ID!) { lesson(id: $id) { id body previousLesson { id title } nextLesson { id title body objectives } } }`;
type Lesson = {
  lesson: {
    id: string;
    body: string;
    previousLesson: { title: string } | null;
    nextLesson: { id: string; title: string; body: string; objectives: string[] } | null;
  };
};

// Course outlines (the lesson links, counts and next lessons) are cached per process and reloaded when the
// `curricula` shared version moves: at once in the process that committed it, within a second elsewhere.
describe(`course outline cache (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let token: string;
  let other: Client; // stands for another API replica writing to the same database
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('trainee');
    other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await app.close();
  });

  const first = async () =>
    (
      await app.gql<{ course: { modules: { lessons: { id: string }[] }[] } }>(
        `{ course(id: "test-course") { modules { lessons { id } } } }`,
        {},
        { token },
      )
    ).data!.course.modules[0].lessons;
  const lesson = async (id: string) => (await app.gql<Lesson>(LESSON, { id }, { token })).data!.lesson;

  it('answers the lesson page in two statements (session, lesson) once the outline is cached, bodies only when asked', async () => {
    const [a, b] = await first();
    await lesson(a.id);
    const light = `query ($id: ID!) { lesson(id: $id) { id title previousLesson { id title } nextLesson { id title } } }`;
    // Session and lesson; at most one more when the outline's version is due for its once-a-second check.
    expect(await countQueries(() => app.gql(light, { id: a.id }, { token }))).toBeLessThanOrEqual(3);
    const whole = await lesson(a.id);
    const [stored] = await app.db.query(`SELECT body, objectives FROM lesson WHERE id = $1`, [b.id]);
    expect(whole.nextLesson).toEqual({ id: b.id, title: expect.any(String), body: stored.body, objectives: stored.objectives });
  });

  it("keeps the outline while nothing is published, and sees another process's change within a second of its version bump", async () => {
    const [a, b] = await first();
    const original = (await lesson(a.id)).nextLesson!.title;
    try {
      await other.query(`UPDATE lesson SET title = '바뀐 제목' WHERE id = $1`, [b.id]);
      await new Promise((r) => setTimeout(r, 1200));
      expect((await lesson(a.id)).nextLesson!.title).toBe(original); // no bump: the cached outline stands
      await other.query(`UPDATE shared_version SET version = version + 1 WHERE name = 'curricula'`);
      await new Promise((r) => setTimeout(r, 1200));
      expect((await lesson(a.id)).nextLesson!.title).toBe('바뀐 제목');
    } finally {
      await other.query(`UPDATE lesson SET title = $2 WHERE id = $1`, [b.id, original]);
      await other.query(`UPDATE shared_version SET version = version + 1 WHERE name = 'curricula'`);
    }
  });

  it('reloads at once in the process that imported content', async () => {
    const [a, b] = await first();
    const [{ title: original }] = (await other.query(`SELECT title FROM lesson WHERE id = $1`, [b.id])).rows;
    await other.query(`UPDATE lesson SET title = '가져오기 전' WHERE id = $1`, [b.id]);
    await other.query(`UPDATE shared_version SET version = version + 1 WHERE name = 'curricula'`);
    await new Promise((r) => setTimeout(r, 1200));
    expect((await lesson(a.id)).nextLesson!.title).toBe('가져오기 전');
    await app.nest.get(ContentImporter).importFrom(FIXTURE_CONTENT); // writes the file's title back
    expect((await lesson(a.id)).nextLesson!.title).toBe(original);
  });
});
