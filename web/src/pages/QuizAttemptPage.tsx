import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { AttemptResult } from '../features/quizzes/AttemptResult';
import { useQuizAttempt } from '../features/quizzes/hooks';
import { formatMoment } from '../i18n/format';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageTitle } from '../ui/PageTitle';

/** A past attempt, reviewed: the server reveals answers and explanations only for submitted attempts. */
export default function QuizAttemptPage() {
  const { attemptId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error } = useQuizAttempt(attemptId);
  if (!data) return <QueryStatus error={error} />;

  const attempt = data.quizAttempt;
  const title = t('quiz.attemptNumber', { number: attempt.number });
  return (
    <article className="quiz-attempt">
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: t('common.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      {attempt.submittedAt ? (
        <>
          <p className="eyebrow">{formatMoment(attempt.submittedAt, i18n.resolvedLanguage ?? 'ko', { withTime: true })}</p>
          <AttemptResult attempt={attempt} />
        </>
      ) : (
        <p>{t('quiz.notSubmittedYet')}</p>
      )}
    </article>
  );
}
