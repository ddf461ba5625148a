import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/format';
import { Button } from '../../ui/Button';
import type { LessonProgress } from './model';
import { showLessonCompleted } from './progressCache';
import { useProgressSync } from './ProgressSyncProvider';

/**
 * "학습완료": records the completion (queued, so it works offline) and shows the lesson completed at once, here
 * and in the course's contents, without waiting for the server.
 */
export function LessonCompletion({ lessonId, progress }: { lessonId: string; progress: LessonProgress | null }) {
  const { t, i18n } = useTranslation();
  const { cache } = useApolloClient();
  const sync = useProgressSync();
  // Also kept here: the page may have no cached progress to update when it was opened offline.
  const [completedNow, setCompletedNow] = useState<string | null>(null);
  const completedAt = progress?.completedAt ?? completedNow;
  if (!sync) return null; // Users who do not learn (see `canLearn`).

  const complete = () => {
    const now = new Date().toISOString();
    setCompletedNow(now);
    showLessonCompleted(cache, lessonId, progress, now);
    void sync.record({ lessonId, type: 'completed' });
  };

  return (
    <section className="lesson-completion" aria-label={t('lesson.completion')}>
      <p role="status" className={completedAt ? 'lesson-completion__done' : 'lesson-completion__hint'}>
        {completedAt
          ? t('lesson.completedOn', { date: formatMoment(completedAt, i18n.resolvedLanguage ?? 'ko') })
          : t('lesson.completeHint')}
      </p>
      {!completedAt && <Button onClick={complete}>{t('lesson.complete')}</Button>}
    </section>
  );
}
