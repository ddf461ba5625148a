import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { Pager } from '../../ui/Pager';
import type { LessonLink } from './model';
import { lessonPath } from './paths';

interface LessonPagerProps {
  previous: LessonLink | null;
  next: LessonLink | null;
}

export function LessonPager({ previous, next }: LessonPagerProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const link = (lesson: LessonLink | null, label: string) =>
    lesson && { to: lessonPath(lesson.id), label, title: localize(lesson.title, lesson.titleEn) };
  return <Pager label={t('lesson.pager')} previous={link(previous, t('lesson.previous'))} next={link(next, t('lesson.next'))} />;
}
