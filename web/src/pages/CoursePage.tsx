import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { CourseMeta } from '../features/curricula/CourseMeta';
import { useCourse } from '../features/curricula/hooks';
import { ModuleList } from '../features/curricula/ModuleList';
import { canLearn } from '../features/learning/access';
import { SavedQuizLinks } from '../features/offline/SavedQuizLinks';
import { SaveForOffline } from '../features/offline/SaveForOffline';
import { CourseEnrolment, lessonMarks } from '../features/learning/CourseEnrolment';
import { useCourseLearning } from '../features/learning/hooks';
import { QuizLinkList } from '../features/quizzes/QuizLinkList';
import { canReadReports } from '../features/reports/access';
import { courseReportPath } from '../features/reports/paths';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageTitle } from '../ui/PageTitle';

export default function CoursePage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const user = useCurrentUser();
  const { data, error } = useCourse(courseId);
  const learner = canLearn(user);
  const learning = useCourseLearning(courseId, !learner);
  if (!data) return <QueryStatus error={error} />;

  const { course } = data;
  const title = localize(course.title, course.titleEn);
  const summary = localize(course.summary, course.summaryEn);
  const mine = learning.data?.course;
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
      {learner && <CourseEnrolment course={mine} error={learning.error} />}
      {learner && <SaveForOffline courseIds={[course.id]} />}
      <h2>{t('course.contents')}</h2>
      <ModuleList modules={course.modules} {...lessonMarks(mine)} nextLessonId={mine?.myEnrolment?.progress.nextLesson?.id} />
      {mine ? <QuizLinkList quizzes={mine.quizzes} /> : learner && <SavedQuizLinks courseId={course.id} />}
      {canReadReports(user) && (
        <p className="course__report">
          <Link to={courseReportPath(course.id)}>{t('course.report')}</Link>
        </p>
      )}
    </article>
  );
}
