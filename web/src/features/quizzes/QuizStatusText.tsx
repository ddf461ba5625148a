import { useTranslation } from 'react-i18next';
import type { QuizStatus } from './model';
import { quizStatusText } from './quizStatus';

export function QuizStatusText({ status }: { status: QuizStatus }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={status.passed ? 'quiz-status quiz-status--passed' : 'quiz-status'}>
      {quizStatusText(status, t, i18n.resolvedLanguage ?? 'ko')}
    </span>
  );
}
