import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { coursePath } from '../curricula/paths';
import { formatBytes } from './format';
import { useSavedContent } from './SavedContentProvider';

/** The courses kept in this browser, with their sizes; each can be removed, and all checked for new versions. */
export function SavedContentList() {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const saved = useSavedContent();
  const headingId = useId();
  if (!saved || saved.courses.length === 0) return null;
  const total = saved.courses.reduce((sum, course) => sum + course.bytes, 0);
  return (
    <section className="saved-content" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('offline.listHeading')}</h2>
      <p className="muted">
        {t('offline.total', { size: formatBytes(total, i18n.language) })} {t('offline.note')}
      </p>
      <ul>
        {saved.courses.map((course) => (
          <li key={course.courseId}>
            <Link to={coursePath(course.courseId)}>{localize(course.title, course.titleEn)}</Link>{' '}
            <span className="muted">{formatBytes(course.bytes, i18n.language)}</span>{' '}
            <Button variant="quiet" disabled={saved.busy.includes(course.courseId)} onClick={() => void saved.remove(course.courseId)}>
              {t('offline.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="quiet" disabled={saved.busy.length > 0} onClick={() => void saved.refresh()}>
        {t('offline.refresh')}
      </Button>
    </section>
  );
}
