import { useMutation, useQuery } from '@apollo/client/react';
import { QuizAttemptDocument, QuizDocument, StartQuizAttemptDocument, SubmitQuizAttemptDocument } from './quiz.generated';

/** Status and attempts change with every attempt: shown from the cache at once, then asked again. */
export function useQuiz(id: string) {
  return useQuery(QuizDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useQuizAttempt(id: string) {
  return useQuery(QuizAttemptDocument, { variables: { id } });
}

export function useStartQuizAttempt(quizId: string) {
  return useMutation(StartQuizAttemptDocument, { variables: { quizId } });
}

/** Submitting changes the quiz's status and attempts, which are fetched again. */
export function useSubmitQuizAttempt(quizId: string) {
  return useMutation(SubmitQuizAttemptDocument, { refetchQueries: [{ query: QuizDocument, variables: { id: quizId } }] });
}
