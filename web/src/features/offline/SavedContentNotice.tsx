import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { useSavedContent } from './SavedContentProvider';

/** Tells the trainee which saved lessons were brought up to the server's new version on this connection. */
export function SavedContentNotice() {
  const { t } = useTranslation();
  const localize = useLocalized();
  const saved = useSavedContent();
  if (!saved || saved.refreshed.length === 0) return null;
  const lessons = saved.refreshed.flatMap((course) => course.lessons.map((lesson) => localize(lesson.title, lesson.titleEn)));
  return (
    <p className="saved-notice" role="status">
      {lessons.length > 0 ? t('offline.refreshedLessons', { lessons: lessons.join(', ') }) : t('offline.refreshed')}
    </p>
  );
}
