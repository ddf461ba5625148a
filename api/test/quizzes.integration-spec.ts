import { Role } from '../src/access/role.enum';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

const START = `mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) {
  id number submittedAt score passed items { id type stem caseText options { id text } chosen correct correctOptionIds explanation } } }`;
const SUBMIT = `mutation ($id: UUID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $id, answers: $answers) {
  id score passed submittedAt items { id chosen correct correctOptionIds explanation } } }`;
const QUIZ = `query ($id: ID!) { quiz(id: $id) { id passMark maxAttempts cooldownMinutes itemCount lesson { id }
  myStatus { passed attemptsUsed attemptsLeft nextAttemptAt bestScore } myAttempts { id number score items { id correct explanation } } } }`;
type Item = {
  id: string;
  type: string;
  options: { id: string; text: string }[];
  correct: boolean | null;
  correctOptionIds: string[] | null;
  explanation: string | null;
};
type Attempt = { id: string; number: number; score: number; passed: boolean; items: Item[] };
const QUIZ_ID = 'test-lesson-one-quiz';
const RIGHT = '10 IU 근육주사';

describe(`quizzes (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  const enrolled = async () => {
    const user = await app.newUser(Role.trainee);
    await app.gql(`mutation { enrol(courseId: "test-course") { id } }`, {}, { token: user.token });
    return user;
  };
  const start = async (token: string) => app.gql<{ startQuizAttempt: Attempt }>(START, { quizId: QUIZ_ID }, { token });
  const answers = (attempt: Attempt, right: boolean) =>
    attempt.items.map((item) => ({
      itemId: item.id,
      optionIds: item.type === 'true_false' ? [right ? 'false' : 'true'] : [item.options.find((o) => (o.text === RIGHT) === right)!.id],
    }));
  const submit = (token: string, attempt: Attempt, right: boolean) =>
    app.gql<{ submitQuizAttempt: Attempt }>(SUBMIT, { id: attempt.id, answers: answers(attempt, right) }, { token });

  it('never sends the answer key or explanations before submission, from any query a trainee can make', async () => {
    const { token } = await enrolled();
    const started = await start(token);
    const course = await app.gql(
      `{ course(id: "test-course") { quizzes { id title passMark itemCount myStatus { bestScore } myAttempts { items { id stem options { id text } correct correctOptionIds explanation } } } }
         lesson(id: "test-lesson-one") { quiz { id myAttempts { items { correct correctOptionIds explanation } } } } }`,
      {},
      { token },
    );
    const quiz = await app.gql(QUIZ, { id: QUIZ_ID }, { token });
    const review = await app.gql(
      `query ($id: UUID!) { quizAttempt(id: $id) { items { options { id text } correct correctOptionIds explanation } } }`,
      { id: started.data!.startQuizAttempt.id },
      { token },
    );
    for (const response of [started, course, quiz, review]) {
      const json = JSON.stringify(response);
      expect(response.errors).toBeUndefined();
      expect(json).not.toContain('WHO는 옥시토신 10 IU 근육주사를 권고한다'); // an explanation
      expect(json).not.toMatch(/"correct":(true|false)/);
      expect(json).not.toMatch(/"correctOptionIds":\[/);
    }
    // No type a trainee can query exposes the stored key column under any name.
    const schema = await app.gql<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
      `{ __schema { types { name fields { name } } } }`,
    );
    const itemTypes = schema.data!.__schema.types.filter((t) => ['Quiz', 'QuizAttempt', 'AttemptItem', 'AttemptOption'].includes(t.name));
    expect(itemTypes.flatMap((t) => t.fields!.map((f) => f.name))).not.toContain('answer');
  });

  it('shuffles items and options per attempt and scores on the server, revealing answers after submission', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const { token } = await enrolled();
      const attempt = (await start(token)).data!.startQuizAttempt;
      orders.add(attempt.items.map((it) => `${it.id}:${it.options.map((o) => o.text).join('|')}`).join(' '));
    }
    expect(orders.size).toBeGreaterThan(1);
    const { token } = await enrolled();
    const attempt = (await start(token)).data!.startQuizAttempt;
    const result = (await submit(token, attempt, true)).data!.submitQuizAttempt;
    expect(result).toMatchObject({ score: 100, passed: true });
    expect(result.items.every((i) => i.correct === true && i.explanation && i.correctOptionIds!.length > 0)).toBe(true);
    expect(codeOf(await start(token))).toBe('QUIZ_ALREADY_PASSED');
  });

  it('applies the pass mark, the cool-down and the attempt limit, and lets the trainee review past attempts', async () => {
    const { id: userId, token } = await enrolled();
    const first = (await start(token)).data!.startQuizAttempt;
    expect((await submit(token, first, false)).data!.submitQuizAttempt).toMatchObject({ score: 0, passed: false });
    const cooling = await start(token);
    expect(codeOf(cooling)).toBe('QUIZ_COOLDOWN');
    expect(new Date(cooling.errors![0].extensions.retryAt as string).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    const pastCooldown = () =>
      app.db.query(`UPDATE quiz_attempt SET submitted_at = now() - interval '31 minutes' WHERE user_id = $1`, [userId]);
    await pastCooldown();
    await submit(token, (await start(token)).data!.startQuizAttempt, false);
    await pastCooldown();
    await submit(token, (await start(token)).data!.startQuizAttempt, false);
    await pastCooldown();
    expect(codeOf(await start(token))).toBe('ATTEMPTS_EXHAUSTED');
    const quiz = await app.gql<{ quiz: { myStatus: Record<string, unknown>; myAttempts: Attempt[] } }>(QUIZ, { id: QUIZ_ID }, { token });
    expect(quiz.data!.quiz.myStatus).toMatchObject({ passed: false, attemptsUsed: 3, attemptsLeft: 0, bestScore: 0 });
    expect(quiz.data!.quiz.myAttempts.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(quiz.data!.quiz.myAttempts[0].items[0]).toMatchObject({ correct: false, explanation: expect.any(String) });
  });

  it('refuses bad submissions with a clear error and records nothing', async () => {
    const { token } = await enrolled();
    const attempt = (await start(token)).data!.startQuizAttempt;
    const bad = async (answersList: unknown[], code: string) => {
      const result = await app.gql(SUBMIT, { id: attempt.id, answers: answersList }, { token });
      expect(codeOf(result)).toBe(code);
      expect(result.errors![0].extensions.messageKo).toBeTruthy();
    };
    await bad([{ itemId: 'test-lesson-three-q99', optionIds: ['a'] }], 'UNKNOWN_ITEM');
    await bad([{ itemId: attempt.items[0].id, optionIds: ['zz'] }], 'BAD_USER_INPUT');
    const status = await app.gql<{ quiz: { myStatus: { attemptsUsed: number; bestScore: number | null } } }>(
      QUIZ,
      { id: QUIZ_ID },
      { token },
    );
    expect(status.data!.quiz.myStatus).toMatchObject({ attemptsUsed: 1, bestScore: null });
    await submit(token, attempt, true);
    expect(codeOf(await submit(token, attempt, false))).toBe('ATTEMPT_ALREADY_SUBMITTED');
    const other = await enrolled();
    expect(codeOf(await app.gql(SUBMIT, { id: attempt.id, answers: [] }, { token: other.token }))).toBe('NOT_FOUND');
  });

  it('refuses a quiz of a course one is not enrolled in, and an unknown quiz', async () => {
    const { token } = await app.newUser(Role.trainee);
    expect(codeOf(await start(token))).toBe('NOT_ENROLLED');
    expect(codeOf(await app.gql(START, { quizId: 'no-such-quiz' }, { token }))).toBe('NOT_FOUND');
  });

  it("shows faculty each trainee's results and the items most often answered wrong; other roles are refused", async () => {
    const { token } = await enrolled();
    await submit(token, (await start(token)).data!.startQuizAttempt, false);
    const REPORT = `{ courseReport(courseId: "test-course") { course { id } trainees { username lessonsTotal quizResults { attempts bestScore passed } } difficultItems { itemId answered wrong wrongRate } } }`;
    for (const role of [Role.author, Role.admin]) {
      const report = await app.gql<{ courseReport: { trainees: unknown[]; difficultItems: { wrongRate: number; wrong: number }[] } }>(
        REPORT,
        {},
        { token: (await app.newUser(role)).token },
      );
      expect(report.data!.courseReport.trainees.length).toBeGreaterThan(0);
      const rates = report.data!.courseReport.difficultItems.map((d) => d.wrongRate);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));
      expect(report.data!.courseReport.difficultItems.length).toBeGreaterThan(0);
      // Only items someone got wrong are difficult.
      expect(report.data!.courseReport.difficultItems.every((d) => d.wrong > 0)).toBe(true);
    }
    for (const role of [Role.trainee, Role.reviewer, Role.registrar]) {
      expect(codeOf(await app.gql(REPORT, {}, { token: (await app.newUser(role)).token }))).toBe('FORBIDDEN');
    }
  });
});
