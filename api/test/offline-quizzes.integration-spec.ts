import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role.enum';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const SAVED_QUIZ = `query ($id: ID!) { quiz(id: $id) { id passMark offlineItems { id type stem caseText options { id text } } } }`;
const SUBMIT = `mutation ($clientId: UUID!, $quizId: ID!, $answers: [AnswerInput!]!, $answeredAt: DateTime!) {
  submitOfflineQuizAttempt(clientId: $clientId, quizId: $quizId, answers: $answers, answeredAt: $answeredAt) {
  id number score passed submittedAt items { id chosen correct correctOptionIds explanation } } }`;
const VERSIONS = `query ($ids: [ID!]!) { savedContentVersions(courseIds: $ids) {
  courseId lessons { id version title titleEn } quizzes { id version } textbooks { id version } } }`;
const QUIZ_ID = 'test-lesson-one-quiz';
const RIGHT = '10 IU 근육주사';

type Item = { id: string; type: string; options: { id: string; text: string }[] };
type Attempt = { id: string; number: number; score: number; passed: boolean };

describe(`quizzes taken offline (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let items: Item[];
  beforeAll(async () => {
    app = await startTestApp();
    const { token } = await app.newUser(Role.trainee);
    items = (await app.gql<{ quiz: { offlineItems: Item[] } }>(SAVED_QUIZ, { id: QUIZ_ID }, { token })).data!.quiz.offlineItems;
  });
  afterAll(() => app.close());

  const enrolled = async () => {
    const user = await app.newUser(Role.trainee);
    await app.gql(`mutation { enrol(courseId: "test-course") { id } }`, {}, { token: user.token });
    return user;
  };
  const answers = (right: boolean) =>
    items.map((item) => ({
      itemId: item.id,
      optionIds: item.type === 'true_false' ? [right ? 'false' : 'true'] : [item.options.find((o) => (o.text === RIGHT) === right)!.id],
    }));
  const submit = (token: string, clientId: string, right = true, answeredAt = new Date().toISOString()) =>
    app.gql<{ submitOfflineQuizAttempt: Attempt }>(SUBMIT, { clientId, quizId: QUIZ_ID, answers: answers(right), answeredAt }, { token });
  const counts = async (userId: string) => {
    const [row] = await app.db.query(
      `SELECT (SELECT count(*)::int FROM quiz_attempt WHERE user_id = $1) AS attempts,
              (SELECT count(*)::int FROM notification WHERE user_id = $1 AND kind = 'quiz_scored') AS notices,
              (SELECT count(*)::int FROM course_completion WHERE user_id = $1) AS completions`,
      [userId],
    );
    return row as { attempts: number; notices: number; completions: number };
  };

  it('gives a saved quiz its items and options but never the answer key or explanations', async () => {
    const { token } = await enrolled();
    const response = await app.gql(SAVED_QUIZ, { id: QUIZ_ID }, { token });
    expect(response.errors).toBeUndefined();
    expect(items.map((i) => i.id)).toEqual(['test-lesson-one-q01', 'test-lesson-one-q02']);
    expect(items[1].options.map((o) => o.id)).toEqual(['true', 'false']);
    const json = JSON.stringify(response);
    expect(json).not.toContain('WHO는 옥시토신 10 IU 근육주사를 권고한다');
    expect(json).not.toMatch(/"correct/);
    // The type has no field that could carry the key.
    const schema = await app.gql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "OfflineQuizItem") { fields { name } } }`,
      {},
      { token },
    );
    expect(schema.data!.__type.fields.map((f) => f.name).sort()).toEqual(['caseText', 'id', 'options', 'stem', 'type']);
  });

  it('scores an attempt once when the same client id is sent twice, with one notification', async () => {
    const { id, token } = await enrolled();
    const clientId = randomUUID();
    const first = await submit(token, clientId);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitOfflineQuizAttempt).toMatchObject({ number: 1, score: 100, passed: true });
    const again = await submit(token, clientId, false); // a re-send never rescores, whatever it carries
    expect(again.data!.submitOfflineQuizAttempt).toEqual(first.data!.submitOfflineQuizAttempt);
    expect(await counts(id)).toEqual({ attempts: 1, notices: 1, completions: 0 });
    const notices = await app.gql<{ myNotifications: { items: { kind: string; subject: string; link: string }[] } }>(
      `{ myNotifications { items { kind subject link } } }`,
      {},
      { token },
    );
    expect(notices.data!.myNotifications.items).toEqual([
      { kind: 'quiz_scored', subject: '시험 강의 one 확인문제', link: `/quiz-attempts/${first.data!.submitOfflineQuizAttempt.id}` },
    ]);
  });

  it('scores ten concurrent sends of one client id as one attempt with one score', async () => {
    const { id, token } = await enrolled();
    const clientId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(token, clientId)));
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    expect(new Set(results.map((r) => r.data!.submitOfflineQuizAttempt.id)).size).toBe(1);
    expect(await counts(id)).toEqual({ attempts: 1, notices: 1, completions: 0 });
    const status = await app.gql<{ quiz: { myStatus: { attemptsUsed: number; bestScore: number } } }>(
      `query ($id: ID!) { quiz(id: $id) { myStatus { attemptsUsed bestScore } } }`,
      { id: QUIZ_ID },
      { token },
    );
    expect(status.data!.quiz.myStatus).toEqual({ attemptsUsed: 1, bestScore: 100 });
  });

  it('applies the cool-down to offline attempts and refuses answers from the future', async () => {
    const { token } = await enrolled();
    const failed = (await submit(token, randomUUID(), false)).data!.submitOfflineQuizAttempt;
    expect(failed).toMatchObject({ number: 1, score: 0, passed: false });
    expect(codeOf(await submit(token, randomUUID(), true))).toBe('QUIZ_COOLDOWN');
    const later = new Date(Date.now() + 31 * 60_000);
    const passed = await app.gql<{ submitOfflineQuizAttempt: Attempt }>(
      SUBMIT,
      { clientId: randomUUID(), quizId: QUIZ_ID, answers: answers(true), answeredAt: later.toISOString() },
      { token },
    );
    expect(codeOf(passed)).toBe('BAD_USER_INPUT'); // answered in the future
  });

  it('refuses bad input with a code and records nothing', async () => {
    const { id, token } = await enrolled();
    const bad = (input: Record<string, unknown>) =>
      app.gql(
        SUBMIT,
        { clientId: randomUUID(), quizId: QUIZ_ID, answers: answers(true), answeredAt: new Date().toISOString(), ...input },
        { token },
      );
    expect(codeOf(await bad({ answers: [{ itemId: 'nope', optionIds: ['true'] }] }))).toBe('UNKNOWN_ITEM');
    expect(codeOf(await bad({ answers: [{ itemId: items[1].id, optionIds: ['maybe'] }] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bad({ clientId: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bad({ quizId: 'no-such-quiz' }))).toBe('NOT_FOUND');
    expect(await counts(id)).toEqual({ attempts: 0, notices: 0, completions: 0 });
    const stranger = await app.newUser(Role.trainee);
    expect(codeOf(await submit(stranger.token, randomUUID()))).toBe('NOT_ENROLLED');
    const registrar = await app.newUser(Role.registrar);
    expect(codeOf(await submit(registrar.token, randomUUID()))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SAVED_QUIZ, { id: QUIZ_ID }, { token: registrar.token }))).toBe('FORBIDDEN');
  });

  it('lists what saving a course stores, with versions that move when content is published', async () => {
    const { token } = await enrolled();
    const versions = async () =>
      (
        await app.gql<{
          savedContentVersions: {
            courseId: string;
            lessons: { id: string; version: string }[];
            quizzes: { id: string; version: string }[];
            textbooks: { id: string }[];
          }[];
        }>(VERSIONS, { ids: ['test-course', 'no-such-course'] }, { token })
      ).data!.savedContentVersions;
    const before = await versions();
    expect(before.map((c) => c.courseId)).toEqual(['test-course']);
    expect(before[0].lessons.map((l) => l.id)).toEqual(['test-lesson-one', 'test-lesson-two', 'test-lesson-three']);
    expect(before[0].quizzes.map((q) => q.id)).toEqual([QUIZ_ID]);
    expect(before[0].textbooks.map((t) => t.id)).toEqual(['test-textbook']);
    await app.db.query(`UPDATE lesson SET version = version + 1 WHERE id = 'test-lesson-two'`);
    await app.db.query(`UPDATE question_item SET version = version + 1 WHERE id = 'test-lesson-one-q02'`);
    try {
      const after = await versions();
      const changed = (kind: 'lessons' | 'quizzes') =>
        after[0][kind].filter((entry, i) => entry.version !== before[0][kind][i].version).map((entry) => entry.id);
      expect(changed('lessons')).toEqual(['test-lesson-two']);
      expect(changed('quizzes')).toEqual([QUIZ_ID]);
    } finally {
      await app.db.query(`UPDATE lesson SET version = version - 1 WHERE id = 'test-lesson-two'`);
      await app.db.query(`UPDATE question_item SET version = version - 1 WHERE id = 'test-lesson-one-q02'`);
    }
  });
});
