// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { QuizAttemptFieldsFragment, QuizQuery, QuizStatusFieldsFragment } from './quiz.generated';

export type { AnswerInput as Answer } from '../../graphql/schema.generated';
export type QuizStatus = QuizStatusFieldsFragment;
export type QuizAttempt = QuizAttemptFieldsFragment;
export type AttemptItem = QuizAttempt['items'][number];
export type QuizDetail = QuizQuery['quiz'];
export type AttemptSummary = QuizDetail['myAttempts'][number];
