import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { coursePath } from '../features/curricula/paths';
import { DifficultItems } from '../features/reports/DifficultItems';
import { useCourseReport } from '../features/reports/hooks';
import { TraineeTable } from '../features/reports/TraineeTable';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/** Faculty's view of a course: every trainee's progress, and the questions answered wrong most often. */
export default function CourseReportPage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const traineesId = useId();
  const difficultId = useId();
  useWideLayout();
  const { data, error } = useCourseReport(courseId);
  if (!data) return <QueryStatus error={error} />;

  const report = data.courseReport;
  const courseTitle = localize(report.course.title, report.course.titleEn);
  const title = `${t('report.title')} · ${courseTitle}`;
  return (
    <article className="course-report">
      <PageTitle title={title} />
      <Breadcrumb
        items={[
          { label: t('common.home'), to: '/' },
          { label: courseTitle, to: coursePath(report.course.id) },
          { label: t('report.title') },
        ]}
      />
      <p className="eyebrow">{courseTitle}</p>
      <h1>{t('report.title')}</h1>
      <section aria-labelledby={traineesId}>
        <h2 id={traineesId}>{t('report.trainees')}</h2>
        <TraineeTable report={report} />
      </section>
      <section aria-labelledby={difficultId}>
        <h2 id={difficultId}>{t('report.difficultItems')}</h2>
        <DifficultItems items={report.difficultItems} />
      </section>
    </article>
  );
}
