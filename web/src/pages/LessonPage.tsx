import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { sectionsShownSeparately } from '../features/curricula/bodySections';
import { useLesson } from '../features/curricula/hooks';
import type { LessonDetail } from '../features/curricula/model';
import { LessonPager } from '../features/curricula/LessonPager';
import { ObjectiveList } from '../features/curricula/ObjectiveList';
import { coursePath } from '../features/curricula/paths';
import { ReferenceList } from '../features/curricula/ReferenceList';
import { ReviewBy } from '../features/curricula/ReviewBy';
import { useLessonLearning } from '../features/learning/hooks';
import { LessonCompletion } from '../features/learning/LessonCompletion';
import { useProgressSync } from '../features/learning/ProgressSyncProvider';
import { ResumeReading } from '../features/learning/ResumeReading';
import { useLessonTracking } from '../features/learning/useLessonTracking';
import { QuizLinkList } from '../features/quizzes/QuizLinkList';
import { ContentEditingForFaculty } from '../features/review/ContentEditingForFaculty';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { MarkdownTreeView } from '../ui/MarkdownTreeView';
import { PageTitle } from '../ui/PageTitle';

// Lesson bodies and objectives are written in Korean only, whatever the UI language.
const CONTENT_LANGUAGE = 'ko';

export default function LessonPage() {
  const { lessonId = '' } = useParams();
  const { data, error } = useLesson(lessonId);
  if (!data) return <QueryStatus error={error} />;
  return <Lesson key={data.lesson.id} lesson={data.lesson} />;
}

/** Once loaded, a lesson is read and recorded without the server: its events wait in the queue. */
function Lesson({ lesson }: { lesson: LessonDetail }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const body = useRef<HTMLDivElement>(null);
  useLessonTracking(lesson.id, body);
  const learner = useProgressSync() !== null; // Only learners have a sync (see `SignedInLayout`).
  const learning = useLessonLearning(lesson.id, !learner).data?.lesson;
  const progress = learning?.myProgress ?? null;

  const title = localize(lesson.title, lesson.titleEn);
  const summary = localize(lesson.summary, lesson.summaryEn);
  const courseTitle = localize(lesson.course.title, lesson.course.titleEn);
  return (
    <article className="lesson">
      <PageTitle title={title} />
      <Breadcrumb
        items={[{ label: t('common.home'), to: '/' }, { label: courseTitle, to: coursePath(lesson.course.id) }, { label: title }]}
      />
      <p className="eyebrow">{localize(lesson.module.title, lesson.module.titleEn)}</p>
      <h1>{title}</h1>
      <ContentEditingForFaculty kind="lesson" contentId={lesson.id} />
      {summary && <p className="lead">{summary}</p>}
      <ResumeReading position={progress?.position ?? null} body={body} />
      <ObjectiveList objectives={lesson.objectives} lang={CONTENT_LANGUAGE} />
      <div ref={body}>
        <MarkdownTreeView tree={lesson.bodyTree} lang={CONTENT_LANGUAGE} omitSections={sectionsShownSeparately(lesson)} />
      </div>
      <ReferenceList references={lesson.references} />
      <ReviewBy date={lesson.reviewBy} />
      <LessonCompletion lessonId={lesson.id} progress={progress} />
      <QuizLinkList quizzes={learning?.quiz ? [learning.quiz] : []} />
      <LessonPager previous={lesson.previousLesson} next={lesson.nextLesson} />
    </article>
  );
}
