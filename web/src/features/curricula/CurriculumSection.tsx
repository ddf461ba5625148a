import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { SaveForOffline } from '../offline/SaveForOffline';
import type { CurriculumWithCourses } from './curricula.graphql';
import { CourseCard } from './CourseCard';

export function CurriculumSection({ curriculum }: { curriculum: CurriculumWithCourses }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const headingId = useId();
  const summary = localize(curriculum.summary, curriculum.summaryEn);
  return (
    <section className="curriculum" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(curriculum.title, curriculum.titleEn)}</h2>
      {summary && <p className="curriculum__summary">{summary}</p>}
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
