import { gql, type TypedDocumentNode } from '@apollo/client';

export type QuestionType = 'single' | 'multiple' | 'true_false' | 'case';

export interface QuizStatus {
  passed: boolean;
  attemptsUsed: number;
  /** Null when attempts are unlimited. */
  attemptsLeft: number | null;
  /** Set while the cool-down after a failed attempt runs. */
  nextAttemptAt: string | null;
  bestScore: number | null;
}

export const QUIZ_STATUS_FIELDS = gql`
  fragment QuizStatusFields on QuizStatus {
    passed
    attemptsUsed
    attemptsLeft
    nextAttemptAt
    bestScore
  }
`;

export interface AttemptItem {
  id: string;
  type: QuestionType;
  stem: string;
  caseText: string | null;
  /** In this attempt's order; true/false items have the options "true" (맞다) and "false" (틀리다). */
  options: { id: string; text: string }[];
  /** Empty before submission. */
  chosen: string[];
  /** The rest is null until the attempt is submitted: the answers never reach the client before. */
  correct: boolean | null;
  correctOptionIds: string[] | null;
  explanation: string | null;
}

export interface QuizAttempt {
  id: string;
  number: number;
  startedAt: string;
  submittedAt: string | null;
  /** Percent of items answered correctly. */
  score: number | null;
  passed: boolean | null;
  items: AttemptItem[];
}

const QUIZ_ATTEMPT_FIELDS = gql`
  fragment QuizAttemptFields on QuizAttempt {
    id
    number
    startedAt
    submittedAt
    score
    passed
    items {
      id
      type
      stem
      caseText
      options {
        id
        text
      }
      chosen
      correct
      correctOptionIds
      explanation
    }
  }
`;

export type AttemptSummary = Omit<QuizAttempt, 'items'>;

export interface QuizDetail {
  id: string;
  title: string;
  titleEn: string;
  /** Percent of items to answer correctly to pass. */
  passMark: number;
  maxAttempts: number | null;
  cooldownMinutes: number | null;
  itemCount: number;
  lesson: { id: string; title: string; titleEn: string; course: { id: string; title: string; titleEn: string } };
  myStatus: QuizStatus;
  /** Oldest first. */
  myAttempts: AttemptSummary[];
}

export interface QuizQuery {
  quiz: QuizDetail;
}

export const QUIZ: TypedDocumentNode<QuizQuery, { id: string }> = gql`
  query Quiz($id: ID!) {
    quiz(id: $id) {
      id
      title
      titleEn
      passMark
      maxAttempts
      cooldownMinutes
      itemCount
      lesson {
        id
        title
        titleEn
        course {
          id
          title
          titleEn
        }
      }
      myStatus {
        ...QuizStatusFields
      }
      myAttempts {
        id
        number
        startedAt
        submittedAt
        score
        passed
      }
    }
  }
  ${QUIZ_STATUS_FIELDS}
`;

export const QUIZ_ATTEMPT: TypedDocumentNode<{ quizAttempt: QuizAttempt }, { id: string }> = gql`
  query QuizAttempt($id: UUID!) {
    quizAttempt(id: $id) {
      ...QuizAttemptFields
    }
  }
  ${QUIZ_ATTEMPT_FIELDS}
`;

/** Starts an attempt, or resumes the one not yet submitted. */
export const START_QUIZ_ATTEMPT: TypedDocumentNode<{ startQuizAttempt: QuizAttempt }, { quizId: string }> = gql`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      ...QuizAttemptFields
    }
  }
  ${QUIZ_ATTEMPT_FIELDS}
`;

export interface Answer {
  itemId: string;
  optionIds: string[];
}

export interface SubmitQuizAttemptVariables {
  attemptId: string;
  answers: Answer[];
}

export const SUBMIT_QUIZ_ATTEMPT: TypedDocumentNode<{ submitQuizAttempt: QuizAttempt }, SubmitQuizAttemptVariables> =
  gql`
    mutation SubmitQuizAttempt($attemptId: UUID!, $answers: [AnswerInput!]!) {
      submitQuizAttempt(attemptId: $attemptId, answers: $answers) {
        ...QuizAttemptFields
      }
    }
    ${QUIZ_ATTEMPT_FIELDS}
  `;

export interface SubmitOfflineQuizAttemptVariables {
  clientId: string;
  quizId: string;
  answers: Answer[];
  answeredAt: string;
}

/** An attempt answered offline, scored now; the same client id sent again returns the same attempt. */
export const SUBMIT_OFFLINE_QUIZ_ATTEMPT: TypedDocumentNode<
  { submitOfflineQuizAttempt: QuizAttempt },
  SubmitOfflineQuizAttemptVariables
> = gql`
  mutation SubmitOfflineQuizAttempt($clientId: UUID!, $quizId: ID!, $answers: [AnswerInput!]!, $answeredAt: DateTime!) {
    submitOfflineQuizAttempt(clientId: $clientId, quizId: $quizId, answers: $answers, answeredAt: $answeredAt) {
      ...QuizAttemptFields
    }
  }
  ${QUIZ_ATTEMPT_FIELDS}
`;
