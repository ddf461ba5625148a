import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { CourseMeta } from '../features/curricula/CourseMeta';
import { useCourse } from '../features/curricula/hooks';
import { ModuleList } from '../features/curricula/ModuleList';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageTitle } from '../ui/PageTitle';

export default function CoursePage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const { data, error } = useCourse(courseId);
  if (!data) return <QueryStatus error={error} />;

  const { course } = data;
  const title = localize(course.title, course.titleEn);
  const summary = localize(course.summary, course.summaryEn);
  return (
    <article className="course">
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: t('common.home'), to: '/' }, { label: title }]} />
      <p className="eyebrow">{localize(course.curriculum.title, course.curriculum.titleEn)}</p>
      <h1>{title}</h1>
      {summary && <p className="lead">{summary}</p>}
      <CourseMeta
        topic={course.topic}
        careLevel={course.careLevel}
        creditHours={course.creditHours}
        lessonCount={course.lessonCount}
        cadres={course.cadres}
      />
      <h2>{t('course.contents')}</h2>
      <ModuleList modules={course.modules} />
    </article>
  );
}
