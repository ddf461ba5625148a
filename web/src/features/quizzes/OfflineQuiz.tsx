import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../app/QueryStatus';
import { useLocalized } from '../../i18n/useLocalized';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageTitle } from '../../ui/PageTitle';
import { coursePath } from '../curricula/paths';
import { newEventId } from '../learning/eventId';
import { SavedQuizDocument } from '../offline/saved.generated';
import type { SavedQuiz } from '../offline/model';
import { AttemptForm } from './AttemptForm';
import { AttemptResult } from './AttemptResult';
import { useAttemptOutcome, useOfflineAttempts } from './OfflineAttemptsProvider';
import type { Answer, QuizAttempt } from './model';

/** A saved quiz as an attempt form: its items in the quiz's order, with nothing about the answers. */
function unscoredAttempt(quiz: SavedQuiz, id: string): QuizAttempt {
  return {
    __typename: 'QuizAttempt',
    id,
    number: 0,
    startedAt: new Date().toISOString(),
    submittedAt: null,
    score: null,
    passed: null,
    items: quiz.offlineItems.map((item) => ({
      ...item,
      __typename: 'AttemptItem',
      chosen: [],
      correct: null,
      correctOptionIds: null,
      explanation: null,
    })),
  };
}

/**
 * A quiz taken without the server, from the saved copy: the answers wait in the browser with an id of their
 * own and are scored by the server on the next connection, when this page shows the result.
 */
export function OfflineQuiz({ quizId }: { quizId: string }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const outbox = useOfflineAttempts();
  const { data, error } = useQuery(SavedQuizDocument, { variables: { id: quizId } });
  const [clientId] = useState(newEventId);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const outcome = useAttemptOutcome(sent ? clientId : null);
  const attempt = useMemo(() => data && unscoredAttempt(data.quiz, clientId), [data, clientId]);
  if (!data || !attempt || !outbox) return <QueryStatus error={error} />;

  const { quiz } = data;
  const title = localize(quiz.title, quiz.titleEn);
  const course = quiz.lesson.course;
  const handleSubmit = (answers: Answer[]) => {
    outbox.enqueue({ clientId, quizId: quiz.id, answers, answeredAt: new Date().toISOString() }).then(() => setSent(true), setFailure);
  };
  return (
    <article className="quiz">
      <PageTitle title={title} />
      <Breadcrumb
        items={[
          { label: t('common.home'), to: '/' },
          { label: localize(course.title, course.titleEn), to: coursePath(course.id) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {outcome?.kind === 'scored' ? (
        <AttemptResult attempt={outcome.attempt} passMark={quiz.passMark} />
      ) : outcome?.kind === 'refused' ? (
        <ErrorMessage error={outcome.error} />
      ) : sent ? (
        <p className="quiz__pending" role="status">
          {t('offline.quizPending')}
        </p>
      ) : (
        <>
          <p className="muted">{t('offline.quizOffline')}</p>
          {failure !== null && <ErrorMessage error={failure} />}
          <AttemptForm attempt={attempt} submitting={false} onSubmit={handleSubmit} />
        </>
      )}
    </article>
  );
}
