import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatBytes } from './format';
import { useSavedContent } from './SavedContentProvider';

/**
 * "Save for offline" for a course or a whole curriculum (all its courses). Once saved: the size, and a button
 * that removes it. Says where the copy lives and that signing out removes it.
 */
export function SaveForOffline({ courseIds, label }: { courseIds: string[]; label?: string }) {
  const { t, i18n } = useTranslation();
  const saved = useSavedContent();
  if (!saved || courseIds.length === 0) return null;
  const kept = saved.courses.filter((course) => courseIds.includes(course.courseId));
  const all = kept.length === courseIds.length;
  const busy = courseIds.some((id) => saved.busy.includes(id));
  const bytes = kept.reduce((sum, course) => sum + course.bytes, 0);
  return (
    <section className="save-offline" aria-label={label ?? t('offline.heading')}>
      {all ? (
        <p>
          <span className="badge">{t('offline.saved')}</span> <span>{t('offline.size', { size: formatBytes(bytes, i18n.language) })}</span>{' '}
          <Button variant="quiet" disabled={busy} onClick={() => void Promise.all(courseIds.map((id) => saved.remove(id)))}>
            {t('offline.remove')}
          </Button>
        </p>
      ) : (
        <p>
          <Button variant="quiet" disabled={busy || !navigator.onLine} onClick={() => void saved.save(courseIds)}>
            {busy ? t('offline.saving') : t('offline.save')}
          </Button>
        </p>
      )}
      <p className="muted">{t('offline.note')}</p>
      {saved.error !== null && <ErrorMessage error={saved.error} />}
    </section>
  );
}
