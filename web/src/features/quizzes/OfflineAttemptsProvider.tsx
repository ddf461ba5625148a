import { createContext, use, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { OfflineAttemptOutbox, type SendAttempt } from './offlineAttempts';
import { SubmitOfflineQuizAttemptDocument } from './quiz.generated';

const OutboxContext = createContext<OfflineAttemptOutbox | null>(null);

function sender(client: ApolloClient): SendAttempt {
  return async ({ clientId, quizId, answers, answeredAt }) => {
    const { data } = await client.mutate({
      mutation: SubmitOfflineQuizAttemptDocument,
      variables: { clientId, quizId, answers, answeredAt },
      // The quiz's status, the course's quizzes and the bell change with the score.
      refetchQueries: 'active',
    });
    if (!data) throw new Error('submitOfflineQuizAttempt answered without data');
    return data.submitOfflineQuizAttempt;
  };
}

/** The signed-in learner's quiz attempts answered offline: stored, then sent. Give it `key={userId}`. */
export function OfflineAttemptsProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useApolloClient();
  const [outbox] = useState(() => new OfflineAttemptOutbox(userId, sender(client)));
  useEffect(() => outbox.start(), [outbox]);
  return <OutboxContext value={outbox}>{children}</OutboxContext>;
}

export function useOfflineAttempts(): OfflineAttemptOutbox | null {
  return use(OutboxContext);
}

const noSubscription = () => () => undefined;

/** What the server made of an attempt sent from this page; undefined while it waits. */
export function useAttemptOutcome(clientId: string | null) {
  const outbox = useOfflineAttempts();
  return useSyncExternalStore(outbox?.subscribe ?? noSubscription, () => (clientId ? outbox?.outcome(clientId) : undefined));
}
