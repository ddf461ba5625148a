import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role.enum';
import { Cadre } from '../src/users/cadre.enum';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const RECORD = `mutation ($events: [ProgressEventInput!]!) {
  recordProgress(events: $events) { accepted duplicates lessons { lessonId openedAt position percentRead timeSpentSeconds completedAt } }
}`;
const STATE = `{ myEnrolments { course { id } completedAt progress { lessonsTotal lessonsCompleted quizzesTotal quizzesPassed percent nextLesson { id } } }
  lesson(id: "test-lesson-two") { myProgress { openedAt position percentRead timeSpentSeconds completedAt } } }`;
type Event = { id: string; lessonId: string; type: string; occurredAt: string; position?: number; percentRead?: number; seconds?: number };

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 8, minute)).toISOString();

/** 1,000 events over the three lessons: opens, positions, time and a completion, in time order. */
function thousandEvents(): Event[] {
  const lessons = ['test-lesson-one', 'test-lesson-two', 'test-lesson-three'];
  return Array.from({ length: 1000 }, (_, i) => {
    const lessonId = lessons[i % 3];
    const base = { id: randomUUID(), lessonId, occurredAt: at(i) };
    if (i < 3) return { ...base, type: 'opened' };
    if (i === 998) return { ...base, lessonId: 'test-lesson-two', type: 'completed' };
    if (i % 2 === 0) return { ...base, type: 'time', seconds: 7 };
    return { ...base, type: 'position', position: (i % 97) / 100, percentRead: Math.min(100, Math.floor(i / 10)) };
  });
}
const shuffle = <T>(items: T[]) =>
  items
    .map((v) => ({ v, k: Math.random() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.v);
const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

describe(`learning progress (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  const record = (token: string, events: Event[]) =>
    app.gql<{ recordProgress: { accepted: number; duplicates: number } }>(RECORD, { events }, { token });
  const state = async (token: string) => (await app.gql<Record<string, unknown>>(STATE, {}, { token })).data;

  it('converges: the same 1,000 events sent twice, shuffled, give exactly the state of sending them once in order', async () => {
    const events = thousandEvents();
    const once = await app.newUser(Role.trainee);
    for (const batch of chunks(events, 100)) await record(once.token, batch);
    const twice = await app.newUser(Role.trainee);
    let duplicates = 0;
    for (const batch of chunks(shuffle([...events, ...events]), 100))
      duplicates += (await record(twice.token, batch)).data!.recordProgress.duplicates;
    expect(duplicates).toBe(1000);
    const expected = await state(once.token);
    expect(await state(twice.token)).toEqual(expected);
    expect(expected).toMatchObject({
      lesson: { myProgress: { completedAt: at(998), position: (997 % 97) / 100, percentRead: 99, timeSpentSeconds: 7 * 166 } },
    });
  });

  it('never un-completes, keeps the earliest completion and lets the latest position win', async () => {
    const { token } = await app.newUser(Role.trainee);
    const e = (type: string, minute: number, extra = {}) => ({
      id: randomUUID(),
      lessonId: 'test-lesson-two',
      type,
      occurredAt: at(minute),
      ...extra,
    });
    await record(token, [e('completed', 30), e('position', 40, { position: 0.9 })]);
    await record(token, [e('completed', 10), e('position', 20, { position: 0.2, percentRead: 20 }), e('opened', 5)]);
    const progress = ((await state(token)) as { lesson: { myProgress: Record<string, unknown> } }).lesson.myProgress;
    expect(progress).toMatchObject({ completedAt: at(10), openedAt: at(5), position: 0.9, percentRead: 90 });
  });

  it('enrols on first progress and shows the next lesson and percent', async () => {
    const { token } = await app.newUser(Role.trainee);
    await record(token, [{ id: randomUUID(), lessonId: 'test-lesson-one', type: 'completed', occurredAt: at(1) }]);
    expect(await state(token)).toMatchObject({
      myEnrolments: [
        {
          course: { id: 'test-course' },
          completedAt: null,
          progress: {
            lessonsTotal: 3,
            lessonsCompleted: 1,
            quizzesTotal: 1,
            quizzesPassed: 0,
            percent: 25,
            nextLesson: { id: 'test-lesson-two' },
          },
        },
      ],
    });
  });

  it('rejects a batch with bad events, records nothing, and names every bad event', async () => {
    const { token } = await app.newUser(Role.trainee);
    const good = { id: randomUUID(), lessonId: 'test-lesson-one', type: 'opened', occurredAt: at(1) };
    const result = await record(token, [
      good,
      { id: 'not-a-uuid', lessonId: 'test-lesson-one', type: 'opened', occurredAt: at(2) },
      { id: randomUUID(), lessonId: 'no-such-lesson', type: 'opened', occurredAt: at(3) },
      { id: randomUUID(), lessonId: 'test-lesson-one', type: 'position', occurredAt: at(4), position: 1.5 },
      { id: randomUUID(), lessonId: 'test-lesson-one', type: 'time', occurredAt: at(5), seconds: 0 },
    ]);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.problems).toHaveLength(4);
    expect(result.errors![0].extensions.messageKo).toContain('학습기록 4개');
    expect((await state(token))!.myEnrolments).toEqual([]);
    expect((await record(token, [good])).data!.recordProgress.accepted).toBe(1);
  });

  it('completes the course once every lesson is completed and the quiz passed, and records its credits once', async () => {
    const { token } = await app.newUser(Role.trainee);
    const done = (lessonId: string) => ({ id: randomUUID(), lessonId, type: 'completed', occurredAt: at(1) });
    await record(token, ['test-lesson-one', 'test-lesson-two', 'test-lesson-three'].map(done));
    expect((await app.gql<{ myCompletions: unknown[] }>(`{ myCompletions { completedAt } }`, {}, { token })).data!.myCompletions).toEqual(
      [],
    );
    const start = await app.gql<{
      startQuizAttempt: { id: string; items: { id: string; type: string; options: { id: string; text: string }[] }[] };
    }>(`mutation { startQuizAttempt(quizId: "test-lesson-one-quiz") { id items { id type options { id text } } } }`, {}, { token });
    const attempt = start.data!.startQuizAttempt;
    const answers = attempt.items.map((item) => ({
      itemId: item.id,
      optionIds: item.type === 'true_false' ? ['false'] : [item.options.find((o) => o.text === '10 IU 근육주사')!.id],
    }));
    const submitted = await app.gql<{ submitQuizAttempt: { passed: boolean } }>(
      `mutation ($id: UUID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $id, answers: $answers) { passed } }`,
      { id: attempt.id, answers },
      { token },
    );
    expect(submitted.data!.submitQuizAttempt.passed).toBe(true);
    await record(token, [done('test-lesson-one')]);
    const completions = await app.gql<{ myCompletions: { course: { id: string }; creditHours: number; topic: string }[] }>(
      `{ myCompletions(since: "2026-01-01T00:00:00Z") { course { id } creditHours topic } }`,
      {},
      { token },
    );
    expect(completions.data!.myCompletions).toEqual([{ course: { id: 'test-course' }, creditHours: 3, topic: 'maternal' }]);
    expect(await state(token)).toMatchObject({
      myEnrolments: [{ completedAt: expect.any(String), progress: { percent: 100, nextLesson: null } }],
    });
  });

  it('orders the catalogue: unfinished enrolments, then my cadre; filters by topic, care level and cadre', async () => {
    const { token } = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const CATALOGUE = `query ($filter: CatalogueFilter) { catalogue(filter: $filter) { course { id } enrolment { id } matchesMyCadre } }`;
    const all = await app.gql<{ catalogue: { course: { id: string }; matchesMyCadre: boolean }[] }>(CATALOGUE, {}, { token });
    expect(all.data!.catalogue[0]).toEqual({ course: { id: 'test-course' }, enrolment: null, matchesMyCadre: true });
    await app.gql(`mutation { enrol(courseId: "test-course") { id } }`, {}, { token });
    await app.gql(`mutation { enrol(courseId: "test-course") { id } }`, {}, { token });
    const enrolled = await app.gql<{ catalogue: { enrolment: { id: string } | null }[] }>(CATALOGUE, {}, { token });
    expect(enrolled.data!.catalogue[0].enrolment).not.toBeNull();
    for (const filter of [{ topic: 'tb' }, { careLevel: 'secondary' }, { cadre: 'pharmacist' }]) {
      expect((await app.gql<{ catalogue: unknown[] }>(CATALOGUE, { filter }, { token })).data!.catalogue).toEqual([]);
    }
    expect(codeOf(await app.gql(`mutation { enrol(courseId: "no-such-course") { id } }`, {}, { token }))).toBe('NOT_FOUND');
  });

  it('lets only trainees, authors and admins record learning, and refuses anonymous callers', async () => {
    const event = () => [{ id: randomUUID(), lessonId: 'test-lesson-one', type: 'opened', occurredAt: at(1) }];
    for (const role of [Role.trainee, Role.author, Role.admin]) {
      expect((await record((await app.newUser(role)).token, event())).data!.recordProgress.accepted).toBe(1);
    }
    for (const role of [Role.reviewer, Role.registrar]) {
      expect(codeOf(await record((await app.newUser(role)).token, event()))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(RECORD, { events: event() }))).toBe('UNAUTHENTICATED');
  });
});
