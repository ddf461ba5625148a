import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { quizPath } from '../quizzes/paths';
import { useSavedContent } from './SavedContentProvider';

/** A saved course's quizzes, for when the trainee's own quiz status cannot be fetched (offline). */
export function SavedQuizLinks({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const course = useSavedContent()?.courses.find((saved) => saved.courseId === courseId);
  if (!course || course.versions.quizzes.length === 0) return null;
  return (
    <section className="quiz-links">
      <h2>{t('quiz.heading')}</h2>
      <ul>
        {course.versions.quizzes.map((quiz) => (
          <li key={quiz.id}>
            <Link to={quizPath(quiz.id)}>{localize(quiz.title, quiz.titleEn)}</Link> <span className="muted">{t('offline.savedQuiz')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
