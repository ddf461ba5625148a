import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { CourseLearning } from './model';
import { CourseProgressSummary } from './CourseProgressSummary';
import { EnrolButton } from './EnrolButton';
import { LeaveCourseButton } from './LeaveCourseButton';

/** For the marks in a course's contents: lessons completed, and how far started ones have been read. */
export function lessonMarks(course: CourseLearning | undefined) {
  const completed = new Set<string>();
  const read = new Map<string, number>();
  for (const lesson of course?.modules.flatMap((module) => module.lessons) ?? []) {
    if (lesson.myProgress?.completedAt) completed.add(lesson.id);
    else if (lesson.myProgress?.percentRead) read.set(lesson.id, lesson.myProgress.percentRead);
  }
  return { completed, read };
}

/** On a course page: the trainee's progress in it, or the way to enrol. */
export function CourseEnrolment({ course, error }: { course: CourseLearning | undefined; error: unknown }) {
  const { t } = useTranslation();
  if (!course) return error ? <ErrorMessage error={error} /> : null;
  const enrolment = course.myEnrolment;
  return (
    <section className="course-enrolment" aria-label={t('learning.progress')}>
      {enrolment ? (
        <>
          <CourseProgressSummary progress={enrolment.progress} />
          {!enrolment.completedAt && <LeaveCourseButton courseId={course.id} />}
        </>
      ) : (
        <>
          <p>{t('course.notEnrolled')}</p>
          <EnrolButton courseId={course.id} />
        </>
      )}
    </section>
  );
}
