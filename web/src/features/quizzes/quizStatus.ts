import type { TFunction } from 'i18next';
import { formatMoment } from '../../i18n/format';
import type { QuizStatus } from './model';

/** A cool-down that has ended since the status was fetched no longer holds the trainee back. */
export function coolingDownUntil(status: QuizStatus, now = Date.now()): string | null {
  return status.nextAttemptAt && new Date(status.nextAttemptAt).getTime() > now ? status.nextAttemptAt : null;
}

/** Whether a new attempt may start now; an attempt left unsubmitted can always be continued. */
export function canStartAttempt(status: QuizStatus): boolean {
  return !status.passed && status.attemptsLeft !== 0 && !coolingDownUntil(status);
}

/** One line on where the trainee stands: passed, waiting, out of attempts, or how many are left. */
export function quizStatusText(status: QuizStatus, t: TFunction, language: string): string {
  if (status.passed) return t('quiz.status.passed', { score: status.bestScore ?? 0 });
  const until = coolingDownUntil(status);
  if (until) return t('quiz.status.coolingDown', { time: formatMoment(until, language, { withTime: true }) });
  if (status.attemptsLeft === 0) return t('quiz.status.noAttemptsLeft');
  const parts = [status.attemptsUsed === 0 ? t('quiz.status.notTaken') : t('quiz.status.notPassed', { score: status.bestScore ?? 0 })];
  if (status.attemptsLeft !== null) parts.push(t('quiz.status.attemptsLeft', { count: status.attemptsLeft }));
  return parts.join(' · ');
}
