import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { coursePath, lessonPath } from '../curricula/paths';
import { CourseProgressSummary } from './CourseProgressSummary';
import type { MyEnrolment } from './model';

/** A course the trainee is enrolled in: how far they are, and the way on (next lesson) or the credits earned. */
export function EnrolmentCard({ enrolment }: { enrolment: MyEnrolment }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const titleId = useId();
  const { course, progress } = enrolment;
  const next = progress.nextLesson;
  return (
    <article className="card enrolment-card" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        <Link to={coursePath(course.id)}>{localize(course.title, course.titleEn)}</Link>
      </h3>
      <CourseProgressSummary progress={progress} />
      {enrolment.completedAt ? (
        <p className="enrolment-card__credits">
          {t('learning.credits', { credits: formatNumber(course.creditHours, i18n.resolvedLanguage ?? 'ko') })}
        </p>
      ) : (
        next && (
          <p className="enrolment-card__next">
            {t('lesson.next')}: <Link to={lessonPath(next.id)}>{localize(next.title, next.titleEn)}</Link>
          </p>
        )
      )}
    </article>
  );
}
