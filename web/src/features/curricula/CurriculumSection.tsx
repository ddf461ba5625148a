import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { SaveForOffline } from '../offline/SaveForOffline';
import type { CurriculumWithCourses } from './model';
import { CourseCard } from './CourseCard';

/** `progress`: the signed-in trainee's courses and required skills in it, when known (personal, never saved offline). */
export function CurriculumSection({ curriculum, progress }: { curriculum: CurriculumWithCourses; progress?: ReactNode }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const headingId = useId();
  const summary = localize(curriculum.summary, curriculum.summaryEn);
  return (
    <section className="curriculum" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(curriculum.title, curriculum.titleEn)}</h2>
      {summary && <p className="curriculum__summary">{summary}</p>}
      {progress}
      <SaveForOffline
        courseIds={curriculum.courses.map((course) => course.id)}
        label={t('offline.curriculum', { title: localize(curriculum.title, curriculum.titleEn) })}
      />
      <ul className="card-list">
        {curriculum.courses.map((course) => (
          <li key={course.id}>
            <CourseCard course={course} />
          </li>
        ))}
      </ul>
    </section>
  );
}
