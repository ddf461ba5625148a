import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import type { CourseModule } from './model';
import { lessonPath } from './paths';

interface ModuleListProps {
  modules: CourseModule[];
  /** Lessons the trainee has completed, marked as done. */
  completed?: ReadonlySet<string>;
  /** How far (percent) the trainee has read lessons started but not completed. */
  read?: ReadonlyMap<string, number>;
  /** The lesson to read next, marked as such. */
  nextLessonId?: string | null;
}

export function ModuleList({ modules, completed, read, nextLessonId }: ModuleListProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const ordered = [...modules].sort((a, b) => a.position - b.position);
  return (
    <ol className="modules">
      {ordered.map((module) => (
        <li key={module.id} className="modules__item">
          <h3>{localize(module.title, module.titleEn)}</h3>
          <ol className="lessons">
            {module.lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link to={lessonPath(lesson.id)}>{localize(lesson.title, lesson.titleEn)}</Link>
                {completed?.has(lesson.id) ? (
                  <span className="lesson-mark lesson-mark--done">{t('course.lessonDone')}</span>
                ) : (
                  read?.has(lesson.id) && <span className="lesson-mark">{t('course.lessonRead', { percent: read.get(lesson.id) })}</span>
                )}
                {lesson.id === nextLessonId && <span className="lesson-mark lesson-mark--next">{t('course.nextLesson')}</span>}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
