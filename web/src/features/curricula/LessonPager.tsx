import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import type { LessonLink } from './course.graphql';
import { lessonPath } from './paths';

interface LessonPagerProps {
  previous: LessonLink | null;
  next: LessonLink | null;
}

export function LessonPager({ previous, next }: LessonPagerProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  if (!previous && !next) return null;

  const links = [
    { lesson: previous, label: t('lesson.previous'), rel: 'prev', className: 'pager__previous' },
    { lesson: next, label: t('lesson.next'), rel: 'next', className: 'pager__next' },
  ];
  return (
    <nav className="pager" aria-label={t('lesson.pager')}>
      {links.map(({ lesson, label, rel, className }) =>
        lesson ? (
          <Link key={rel} to={lessonPath(lesson.id)} rel={rel} className={className}>
            <span className="pager__label">{label}</span>
            <span className="pager__title">{localize(lesson.title, lesson.titleEn)}</span>
          </Link>
        ) : null,
      )}
    </nav>
  );
}
