import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { quizPath } from './paths';
import type { QuizStatus } from './model';
import { QuizStatusText } from './QuizStatusText';

interface QuizLink {
  id: string;
  title: string;
  titleEn: string;
  myStatus: QuizStatus;
}

/** Quizzes with where the trainee stands in each, e.g. a course's quizzes or a lesson's. */
export function QuizLinkList({ quizzes }: { quizzes: QuizLink[] }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  if (quizzes.length === 0) return null;
  return (
    <section className="quiz-links">
      <h2>{t('quiz.heading')}</h2>
      <ul>
        {quizzes.map((quiz) => (
          <li key={quiz.id}>
            <Link to={quizPath(quiz.id)}>{localize(quiz.title, quiz.titleEn)}</Link> <QuizStatusText status={quiz.myStatus} />
          </li>
        ))}
      </ul>
    </section>
  );
}
