import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import type { CourseModule } from './course.graphql';
import { lessonPath } from './paths';

export function ModuleList({ modules }: { modules: CourseModule[] }) {
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
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
