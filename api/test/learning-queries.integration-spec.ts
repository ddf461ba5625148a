import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { Role } from '../src/access/role.enum';
import { countQueries } from './support/query-counter';
import { startTestApp, type TestApp } from './support/test-app';

const CATALOGUE_PAGE = `{ catalogue { matchesMyCadre course { id title lessonCount quizzes { id itemCount myStatus { passed attemptsLeft } } }
  enrolment { progress { percent lessonsCompleted nextLesson { id title } } } } }`;
const PROGRESS_PAGE = `{ myEnrolments { course { id title } progress { percent lessonsTotal quizzesPassed nextLesson { id } }
  completedAt } myCompletions { creditHours course { id } } }`;
const COURSES = 8;

/** A curriculum of many small courses (tertiary, for Koryo doctors, so other specs' filters never see it). */
function bulkContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-bulk-'));
  const dir = join(root, 'curricula', 'bulk-curriculum');
  const ids = Array.from({ length: COURSES }, (_, c) => `bulk-course-${c}`);
  mkdirSync(dir, { recursive: true });
  const head = (id: string, title: string) => `id: ${id}\ntitle: { ko: ${title}, en: ${title} }\nsummary: { en: Bulk. }\n`;
  const target = 'topic: ncd\ncareLevel: tertiary\ncadres: [koryo_doctor]\n';
  writeFileSync(join(dir, 'curriculum.md'), `---\n${head('bulk-curriculum', 'Bulk')}${target}courses: [${ids.join(', ')}]\n---\n묶음\n`);
  for (const courseId of ids) {
    const lessons = [0, 1, 2].map((l) => `${courseId}-lesson-${l}`);
    mkdirSync(join(dir, courseId));
    writeFileSync(
      join(dir, courseId, 'course.md'),
      `---\n${head(courseId, courseId)}creditHours: 1\nmodules:\n  - id: ${courseId}-m\n    title: { ko: 단원, en: Module }\n    lessons: [${lessons.join(', ')}]\n---\n과정\n`,
    );
    for (const lessonId of lessons) {
      writeFileSync(
        join(dir, courseId, `${lessonId}.md`),
        `---\n${head(lessonId, lessonId)}${target}creditHours: 1\nobjectives: [목표]\nreferences:\n  - { title: Bulk }\nreviewBy: 2030-01-01\n---\n## 학습목표\n본문\n## 림상실례\n사례\n## 요점\n- 요점\n## 참고문헌\n- Bulk\n`,
      );
    }
    writeFileSync(
      join(dir, courseId, `${courseId}-quiz.quiz.yaml`),
      `id: ${courseId}-quiz\ntitle: { ko: 문제, en: Quiz }\nlesson: ${lessons[0]}\npassMark: 50\nitems:\n  - { id: ${courseId}-q1, type: true_false, objective: 1, stem: 참?, answer: true, explanation: 참. }\n`,
    );
  }
  return root;
}

describe(`learning pages do not grow their query count with rows (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('costs the same number of queries for the catalogue and progress pages with 1 and with 9 enrolled courses', async () => {
    const { token } = await app.newUser(Role.trainee);
    const enrol = (courseId: string) => app.gql(`mutation ($id: ID!) { enrol(courseId: $id) { id } }`, { id: courseId }, { token });
    const page = async (query: string) => countQueries(async () => expect((await app.gql(query, {}, { token })).errors).toBeUndefined());
    await enrol('test-course');
    // Warm-up: the first request of a session also refreshes it.
    await page(CATALOGUE_PAGE);
    const small = { catalogue: await page(CATALOGUE_PAGE), progress: await page(PROGRESS_PAGE) };

    await app.nest.get(ContentImporter).importFrom(bulkContent());
    for (let c = 0; c < COURSES; c++) await enrol(`bulk-course-${c}`);
    await app.gql(
      `mutation ($events: [ProgressEventInput!]!) { recordProgress(events: $events) { accepted } }`,
      {
        events: Array.from({ length: COURSES }, (_, c) => ({
          id: randomUUID(),
          lessonId: `bulk-course-${c}-lesson-0`,
          type: 'completed',
          occurredAt: new Date().toISOString(),
        })),
      },
      { token },
    );
    await page(CATALOGUE_PAGE);
    const large = { catalogue: await page(CATALOGUE_PAGE), progress: await page(PROGRESS_PAGE) };
    expect(large).toEqual(small);
    expect(small.catalogue).toBeGreaterThan(2);
    expect(small.catalogue).toBeLessThan(20);
  });
});
