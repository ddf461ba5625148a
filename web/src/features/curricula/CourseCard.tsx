import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import type { CourseSummary } from './model';
import { CourseMeta } from './CourseMeta';
import { coursePath } from './paths';

/** Only the title is the link (a short accessible name); CSS stretches its hit area over the whole card. */
export function CourseCard({ course }: { course: CourseSummary }) {
  const localize = useLocalized();
  return (
    <article className="card">
      <h3 className="card__title">
        <Link to={coursePath(course.id)} className="card__link">
          {localize(course.title, course.titleEn)}
        </Link>
      </h3>
      <CourseMeta topic={course.topic} careLevel={course.careLevel} creditHours={course.creditHours} lessonCount={course.lessonCount} />
    </article>
  );
}
