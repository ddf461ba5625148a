import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/format';
import { ProgressBar } from '../../ui/ProgressBar';
import type { CourseProgress } from './model';

/** Percent done as a bar, then lessons and quizzes done out of all, or the day the course was completed. */
export function CourseProgressSummary({ progress }: { progress: CourseProgress }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  return (
    <div className="course-progress">
      <ProgressBar percent={progress.percent} label={t('learning.progress')} />
      <p className="course-progress__counts">
        <span>{progress.percent}%</span>
        <span>{t('learning.lessonsDone', { done: progress.lessonsCompleted, total: progress.lessonsTotal })}</span>
        {progress.quizzesTotal > 0 && (
          <span>{t('learning.quizzesPassed', { passed: progress.quizzesPassed, total: progress.quizzesTotal })}</span>
        )}
        {progress.completedAt && <span>{t('learning.completedOn', { date: formatMoment(progress.completedAt, language) })}</span>}
      </p>
    </div>
  );
}
