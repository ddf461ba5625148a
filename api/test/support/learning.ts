import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export const TEST_LESSONS = ['test-lesson-one', 'test-lesson-two', 'test-lesson-three'] as const;
const RECORD = `mutation ($events: [ProgressEventInput!]!) { recordProgress(events: $events) { accepted } }`;
const START = `mutation { startQuizAttempt(quizId: "test-lesson-one-quiz") { id items { id type options { id text } } } }`;
const SUBMIT = `mutation ($id: UUID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $id, answers: $answers) { passed } }`;

/** Events finishing the given lessons now. */
export const finished = (...lessonIds: string[]) =>
  lessonIds.map((lessonId) => ({ id: randomUUID(), lessonId, type: 'completed', occurredAt: new Date().toISOString() }));

export async function recordProgress(app: TestApp, token: string, events: Record<string, unknown>[]) {
  const result = await app.gql<{ recordProgress: { accepted: number } }>(RECORD, { events }, { token });
  if (!result.data) throw new Error(`recordProgress failed: ${JSON.stringify(result.errors)}`);
  return result.data.recordProgress;
}

/** Passes the test course's quiz (finishing lesson one first, which enrols). */
export async function passTestQuiz(app: TestApp, token: string): Promise<void> {
  await recordProgress(app, token, finished('test-lesson-one'));
  const started = await app.gql<{
    startQuizAttempt: { id: string; items: { id: string; type: string; options: { id: string; text: string }[] }[] };
  }>(START, {}, { token });
  const attempt = started.data!.startQuizAttempt;
  const answers = attempt.items.map((item) => ({
    itemId: item.id,
    optionIds: item.type === 'true_false' ? ['false'] : [item.options.find((o) => o.text === '10 IU 근육주사')!.id],
  }));
  const submitted = await app.gql<{ submitQuizAttempt: { passed: boolean } }>(SUBMIT, { id: attempt.id, answers }, { token });
  if (!submitted.data?.submitQuizAttempt.passed) throw new Error(`quiz not passed: ${JSON.stringify(submitted.errors)}`);
}

/** Completes the one course of the test curriculum through the API, as a trainee does: the curriculum with it. */
export async function completeTestCurriculum(app: TestApp, token: string): Promise<void> {
  await passTestQuiz(app, token);
  await recordProgress(app, token, finished(...TEST_LESSONS));
}
