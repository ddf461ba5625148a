import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../i18n/format';
import { quizAttemptPath } from './paths';
import type { AttemptSummary } from './model';

/** The trainee's attempts, newest first; submitted ones open for review. */
export function AttemptList({ attempts }: { attempts: AttemptSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (attempts.length === 0) return null;
  return (
    <ul className="attempts">
      {[...attempts].reverse().map((attempt) => {
        const label = t('quiz.attemptNumber', { number: attempt.number });
        const outcome = attempt.submittedAt
          ? `${t('quiz.score', { score: attempt.score ?? 0 })} ${attempt.passed ? t('quiz.passed') : t('quiz.failed')}`
          : t('quiz.notSubmitted');
        return (
          <li key={attempt.id}>
            {attempt.submittedAt ? <Link to={quizAttemptPath(attempt.id)}>{label}</Link> : label}
            {' · '}
            {formatMoment(attempt.submittedAt ?? attempt.startedAt, language, { withTime: true })}
            {' · '}
            {outcome}
          </li>
        );
      })}
    </ul>
  );
}
