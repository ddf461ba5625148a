import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { coursePath, lessonPath } from '../features/curricula/paths';
import { AttemptForm } from '../features/quizzes/AttemptForm';
import { AttemptList } from '../features/quizzes/AttemptList';
import { AttemptResult } from '../features/quizzes/AttemptResult';
import { useQuiz, useStartQuizAttempt, useSubmitQuizAttempt } from '../features/quizzes/hooks';
import type { Answer, QuizDetail } from '../features/quizzes/model';
import { OfflineQuiz } from '../features/quizzes/OfflineQuiz';
import { QuizError } from '../features/quizzes/QuizError';
import { canStartAttempt } from '../features/quizzes/quizStatus';
import { QuizStatusText } from '../features/quizzes/QuizStatusText';
import { formatNumber } from '../i18n/format';
import { useLocalized } from '../i18n/useLocalized';
import { isUnreachable } from '../lib/graphqlError';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Button } from '../ui/Button';
import { MetaList } from '../ui/MetaList';
import { PageTitle } from '../ui/PageTitle';

export default function QuizPage() {
  const { quizId = '' } = useParams();
  const { data, error } = useQuiz(quizId);
  // Without the server, a saved quiz is taken from the saved copy and scored on the next connection; the page
  // stays with it after reconnecting (when the quiz query answers too) to show that attempt's result.
  const [takenOffline, setTakenOffline] = useState(false);
  if (!data && isUnreachable(error) && !takenOffline) setTakenOffline(true);
  if (takenOffline) return <OfflineQuiz quizId={quizId} />;
  if (!data) return <QueryStatus error={error} />;
  return <Quiz quiz={data.quiz} />;
}

function QuizMeta({ quiz }: { quiz: QuizDetail }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.resolvedLanguage ?? 'ko');
  const attempts = quiz.maxAttempts === null ? t('quiz.unlimited') : t('quiz.times', { count: quiz.maxAttempts });
  const rows: [string, string][] = [
    [t('quiz.itemCount'), number(quiz.itemCount)],
    [t('quiz.passMark'), t('quiz.points', { score: quiz.passMark })],
    [t('quiz.maxAttempts'), attempts],
  ];
  if (quiz.cooldownMinutes) rows.push([t('quiz.cooldown'), t('quiz.minutes', { count: quiz.cooldownMinutes })]);
  return <MetaList rows={rows} />;
}

/**
 * A quiz: where the trainee stands and their attempts; then, once started, the attempt's items; once submitted,
 * the server's scoring with the answers and explanations. Nothing about the answers is known before that.
 */
function Quiz({ quiz }: { quiz: QuizDetail }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const [start, started] = useStartQuizAttempt(quiz.id);
  const [submit, submitted] = useSubmitQuizAttempt(quiz.id);
  const attempt = started.data?.startQuizAttempt;
  const result = submitted.data?.submitQuizAttempt;

  const title = localize(quiz.title, quiz.titleEn);
  const { lesson } = quiz;
  const openAttempt = quiz.myAttempts.some((summary) => !summary.submittedAt);

  const handleSubmit = async (answers: Answer[]) => {
    if (!attempt) return;
    try {
      await submit({ variables: { attemptId: attempt.id, answers } });
      window.scrollTo(0, 0); // The result starts with the score, at the top.
    } catch {
      // Shown from `submitted.error`, with the answers still on the page.
    }
  };
  const backToQuiz = () => {
    started.reset();
    submitted.reset();
  };

  return (
    <article className="quiz">
      <PageTitle title={title} />
      <Breadcrumb
        items={[
          { label: t('common.home'), to: '/' },
          { label: localize(lesson.course.title, lesson.course.titleEn), to: coursePath(lesson.course.id) },
          { label: localize(lesson.title, lesson.titleEn), to: lessonPath(lesson.id) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <QuizMeta quiz={quiz} />
      {result ? (
        <>
          <AttemptResult attempt={result} passMark={quiz.passMark} />
          <Button variant="quiet" onClick={backToQuiz}>
            {t('quiz.backToQuiz')}
          </Button>
        </>
      ) : attempt ? (
        <>
          {submitted.error && <QuizError error={submitted.error} />}
          <AttemptForm attempt={attempt} submitting={submitted.loading} onSubmit={(answers) => void handleSubmit(answers)} />
        </>
      ) : (
        <>
          <p className="quiz__status">
            <QuizStatusText status={quiz.myStatus} />
          </p>
          {started.error && <QuizError error={started.error} />}
          {(openAttempt || canStartAttempt(quiz.myStatus)) && (
            <Button onClick={() => void start().catch(() => undefined)} disabled={started.loading}>
              {openAttempt ? t('quiz.continue') : t('quiz.start')}
            </Button>
          )}
          {quiz.myAttempts.length > 0 && <h2>{t('quiz.attempts')}</h2>}
          <AttemptList attempts={quiz.myAttempts} />
        </>
      )}
    </article>
  );
}
