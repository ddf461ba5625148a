import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { sectionsShownSeparately } from '../features/curricula/bodySections';
import { useLesson } from '../features/curricula/hooks';
import { LessonPager } from '../features/curricula/LessonPager';
import { ObjectiveList } from '../features/curricula/ObjectiveList';
import { coursePath } from '../features/curricula/paths';
import { ReferenceList } from '../features/curricula/ReferenceList';
import { ReviewBy } from '../features/curricula/ReviewBy';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { MarkdownView } from '../ui/MarkdownView';
import { PageTitle } from '../ui/PageTitle';

// Lesson bodies and objectives are written in Korean only, whatever the UI language.
const CONTENT_LANGUAGE = 'ko';

export default function LessonPage() {
  const { lessonId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const { data, error } = useLesson(lessonId);
  if (!data) return <QueryStatus error={error} />;

  const { lesson } = data;
  const title = localize(lesson.title, lesson.titleEn);
  const summary = localize(lesson.summary, lesson.summaryEn);
  const courseTitle = localize(lesson.course.title, lesson.course.titleEn);
  return (
    <article className="lesson">
      <PageTitle title={title} />
      <Breadcrumb
        items={[
          { label: t('common.home'), to: '/' },
          { label: courseTitle, to: coursePath(lesson.course.id) },
          { label: title },
        ]}
      />
      <p className="eyebrow">{localize(lesson.module.title, lesson.module.titleEn)}</p>
      <h1>{title}</h1>
      {summary && <p className="lead">{summary}</p>}
      <ObjectiveList objectives={lesson.objectives} lang={CONTENT_LANGUAGE} />
      <MarkdownView markdown={lesson.body} lang={CONTENT_LANGUAGE} omitSections={sectionsShownSeparately(lesson)} />
      <ReferenceList references={lesson.references} />
      <ReviewBy date={lesson.reviewBy} />
      <LessonPager previous={lesson.previousLesson} next={lesson.nextLesson} />
    </article>
  );
}
