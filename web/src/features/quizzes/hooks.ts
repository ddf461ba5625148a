import { useMutation, useQuery } from '@apollo/client/react';
import { QUIZ, QUIZ_ATTEMPT, START_QUIZ_ATTEMPT, SUBMIT_QUIZ_ATTEMPT } from './quiz.graphql';

/** Status and attempts change with every attempt: shown from the cache at once, then asked again. */
export function useQuiz(id: string) {
  return useQuery(QUIZ, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useQuizAttempt(id: string) {
  return useQuery(QUIZ_ATTEMPT, { variables: { id } });
}

export function useStartQuizAttempt(quizId: string) {
  return useMutation(START_QUIZ_ATTEMPT, { variables: { quizId } });
}

/** Submitting changes the quiz's status and attempts, which are fetched again. */
export function useSubmitQuizAttempt(quizId: string) {
  return useMutation(SUBMIT_QUIZ_ATTEMPT, { refetchQueries: [{ query: QUIZ, variables: { id: quizId } }] });
}
