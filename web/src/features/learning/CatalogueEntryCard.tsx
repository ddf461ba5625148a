import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { CourseMeta } from '../curricula/CourseMeta';
import { coursePath } from '../curricula/paths';
import type { CatalogueEntry } from './model';
import { CourseProgressSummary } from './CourseProgressSummary';
import { EnrolButton } from './EnrolButton';

/** A course in the catalogue: what it is, whether it is meant for the trainee's cadre, and enrolment or progress. */
export function CatalogueEntryCard({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const titleId = useId();
  const { course, enrolment } = entry;
  return (
    <article className="card catalogue-entry" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        <Link to={coursePath(course.id)} className="card__link">
          {localize(course.title, course.titleEn)}
        </Link>
      </h2>
      {entry.matchesMyCadre && <p className="badge badge--cadre">{t('catalogue.myCadre')}</p>}
      {course.countsForMyLicence && <p className="badge badge--licence">{t('licence.countsForMyLicence')}</p>}
      <CourseMeta topic={course.topic} careLevel={course.careLevel} creditHours={course.creditHours} lessonCount={course.lessonCount} />
      {enrolment ? (
        <CourseProgressSummary progress={enrolment.progress} />
      ) : (
        <EnrolButton courseId={course.id} className="card__action" describedBy={titleId} />
      )}
    </article>
  );
}
