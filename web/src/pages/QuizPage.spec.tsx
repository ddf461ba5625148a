import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AttemptItem, AttemptSummary, QuizAttempt, QuizDetail, QuizStatus } from '../features/quizzes/model';
import { QuizDocument, StartQuizAttemptDocument, SubmitQuizAttemptDocument, type QuizQuery } from '../features/quizzes/quiz.generated';
import type { QuestionType } from '../graphql/schema.generated';
import { renderWithProviders, mocked, type CheckedMock, type Result } from '../test/render';
import QuizPage from './QuizPage';

const status = (overrides: Partial<QuizStatus> = {}): QuizStatus => ({
  __typename: 'QuizStatus',
  passed: false,
  attemptsUsed: 0,
  attemptsLeft: 3,
  nextAttemptAt: null,
  bestScore: null,
  ...overrides,
});

const quiz = (overrides: Partial<QuizDetail> = {}): QuizDetail => ({
  __typename: 'Quiz',
  id: 'anaemia-quiz',
  title: '임신기 빈혈 — 확인문제',
  titleEn: 'Anaemia in pregnancy: quiz',
  passMark: 80,
  maxAttempts: 3,
  cooldownMinutes: 30,
  itemCount: 2,
  lesson: {
    __typename: 'Lesson',
    id: 'anaemia-in-pregnancy',
    title: '임신기 빈혈',
    titleEn: 'Anaemia in pregnancy',
    course: { __typename: 'Course', id: 'pregnancy', title: '임신기 관리', titleEn: 'Care in pregnancy' },
  },
  myStatus: status(),
  myAttempts: [],
  ...overrides,
});

const option = (id: string, text: string): AttemptItem['options'][number] => ({ __typename: 'AttemptOption', id, text });

/** An attempt as the server sends it: shuffled, and before submission without anything about the answers. */
function attempt(submitted: boolean): QuizAttempt {
  const item = (
    id: string,
    type: QuestionType,
    stem: string,
    options: AttemptItem['options'],
    answer: Partial<AttemptItem>,
  ): AttemptItem => ({
    __typename: 'AttemptItem',
    id,
    type,
    stem,
    caseText: null,
    options,
    chosen: [],
    correct: null,
    correctOptionIds: null,
    explanation: null,
    ...(submitted ? answer : {}),
  });
  return {
    __typename: 'QuizAttempt',
    id: 'attempt-1',
    number: 1,
    startedAt: '2026-12-05T09:00:00.000Z',
    submittedAt: submitted ? '2026-12-05T09:10:00.000Z' : null,
    score: submitted ? 50 : null,
    passed: submitted ? false : null,
    items: [
      item('q2', 'true_false', '철분제는 임신 중에 먹지 않는다.', [option('true', '맞다'), option('false', '틀리다')], {
        chosen: ['false'],
        correct: true,
        correctOptionIds: ['false'],
        explanation: '철분제는 임신 중에 매일 먹는다.',
      }),
      item('q1', 'multiple', '빈혈의 증상을 모두 고르시오.', [option('b', '숨가쁨'), option('a', '창백함'), option('c', '열')], {
        chosen: ['b'],
        correct: false,
        correctOptionIds: ['a', 'b'],
        explanation: '창백함과 숨가쁨이 흔하다.',
      }),
    ],
  };
}

function renderQuiz(mocks: CheckedMock[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/quizzes/:quizId" element={<QuizPage />} />
    </Routes>,
    { mocks, route: '/quizzes/anaemia-quiz' },
  );
}

const quizMock = (result: Result<QuizQuery>) =>
  mocked({
    request: { query: QuizDocument, variables: { id: 'anaemia-quiz' } },
    result,
  });

describe('QuizPage', () => {
  it('runs an attempt: items in the server’s order, answers sent as chosen, then the scoring with explanations', async () => {
    const answers = [
      { itemId: 'q2', optionIds: ['false'] },
      { itemId: 'q1', optionIds: ['b'] },
    ];
    const after = quiz({ myStatus: status({ attemptsUsed: 1, attemptsLeft: 2, bestScore: 50 }) });
    renderQuiz([
      quizMock({ data: { quiz: quiz() } }),
      mocked({
        request: { query: StartQuizAttemptDocument, variables: { quizId: 'anaemia-quiz' } },
        result: { data: { startQuizAttempt: attempt(false) } },
      }),
      mocked({
        request: { query: SubmitQuizAttemptDocument, variables: { attemptId: 'attempt-1', answers } },
        result: { data: { submitQuizAttempt: attempt(true) } },
      }),
      quizMock({ data: { quiz: after } }),
    ]);

    expect(await screen.findByText('아직 보지 않았습니다 · 남은 횟수 3번')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '시험 시작' }));

    const questions = await screen.findAllByRole('group', { name: /^문제 \d$/ });
    expect(questions.map((question) => question.textContent)).toEqual([
      expect.stringContaining('철분제는'),
      expect.stringContaining('빈혈의 증상'),
    ]);
    // Before submission the page knows nothing of the answers.
    expect(screen.queryByText('정답', { exact: false })).toBeNull();
    fireEvent.click(within(questions[0]).getByLabelText('틀리다'));
    fireEvent.click(within(questions[1]).getByLabelText('숨가쁨'));
    fireEvent.click(within(questions[1]).getByLabelText('열'));
    fireEvent.click(within(questions[1]).getByLabelText('열')); // unchecked again
    fireEvent.click(screen.getByRole('button', { name: '답안 제출' }));

    const result = await screen.findByRole('region', { name: '시험결과' });
    expect(within(result).getByText('불합격')).toBeTruthy();
    expect(result.textContent).toContain('점수: 50점 (합격점수 80점)');
    expect(within(result).getByRole('heading', { name: '문제 2: 틀렸습니다' })).toBeTruthy();
    expect(within(result).getByText('창백함').textContent).toBe('창백함 (정답)');
    expect(within(result).getByText('숨가쁨').textContent).toBe('숨가쁨 (정답, 나의 답)');
    expect(within(result).getByText('창백함과 숨가쁨이 흔하다.')).toBeTruthy();
  });

  it('warns of unanswered questions before they are sent as wrong', async () => {
    renderQuiz([
      quizMock({ data: { quiz: quiz() } }),
      mocked({
        request: { query: StartQuizAttemptDocument, variables: { quizId: 'anaemia-quiz' } },
        result: { data: { startQuizAttempt: attempt(false) } },
      }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: '시험 시작' }));
    expect(await screen.findByText(/답하지 않은 문제가 2개 있습니다/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('맞다'));
    expect(screen.getByText(/답하지 않은 문제가 1개 있습니다/)).toBeTruthy();
  });

  it('shows a cool-down in the trainee’s time and offers no new attempt until it ends', async () => {
    const nextAttemptAt = new Date(Date.now() + 20 * 60_000).toISOString();
    const failed: AttemptSummary = {
      __typename: 'QuizAttempt',
      id: 'attempt-1',
      number: 1,
      startedAt: '2026-12-05T09:00:00.000Z',
      submittedAt: '2026-12-05T09:10:00.000Z',
      score: 50,
      passed: false,
    };
    renderQuiz([
      quizMock({
        data: {
          quiz: quiz({ myStatus: status({ attemptsUsed: 1, attemptsLeft: 2, nextAttemptAt }), myAttempts: [failed] }),
        },
      }),
    ]);

    expect(await screen.findByText(/^다음 시험은 .+ 이후에 볼수 있습니다\.$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '시험 시작' })).toBeNull();
    // The past attempt opens for review.
    expect(screen.getByRole('link', { name: '1번째 시험' }).getAttribute('href')).toBe('/quiz-attempts/attempt-1');
  });

  it('explains in the server’s words why an attempt cannot start', async () => {
    renderQuiz([
      quizMock({ data: { quiz: quiz() } }),
      mocked({
        request: { query: StartQuizAttemptDocument, variables: { quizId: 'anaemia-quiz' } },
        result: {
          errors: [
            {
              message: 'ATTEMPTS_EXHAUSTED',
              extensions: {
                code: 'ATTEMPTS_EXHAUSTED',
                messageKo: '시험을 볼수 있는 횟수(3번)를 다 썼습니다.',
                messageEn: 'All 3 attempts have been used.',
              },
            },
          ],
        },
      }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: '시험 시작' }));

    expect((await screen.findByRole('alert')).textContent).toBe('시험을 볼수 있는 횟수(3번)를 다 썼습니다.');
  });
});
