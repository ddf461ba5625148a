import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import type { CourseReport, TraineeProgress } from './model';

function QuizCell({ trainee, quizId }: { trainee: TraineeProgress; quizId: string }) {
  const { t } = useTranslation();
  const result = trainee.quizResults.find((candidate) => candidate.quiz.id === quizId);
  if (!result || result.bestScore === null) return <td>—</td>;
  return (
    <td>
      {t('quiz.points', { score: result.bestScore })}
      {result.passed && ` ${t('quiz.passed')}`}
    </td>
  );
}

/** One row per enrolled trainee: lessons done, each quiz's best score, and when they completed the course. */
export function TraineeTable({ report }: { report: CourseReport }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  const { quizzes } = report.course;
  if (report.trainees.length === 0) return <p>{t('report.noTrainees')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('report.name')}</th>
            <th scope="col">{t('report.enrolledAt')}</th>
            <th scope="col">{t('report.lessons')}</th>
            {quizzes.map((quiz) => (
              <th scope="col" key={quiz.id}>
                {localize(quiz.title, quiz.titleEn)}
              </th>
            ))}
            <th scope="col">{t('report.completedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {report.trainees.map((trainee) => (
            <tr key={trainee.userId}>
              <th scope="row">
                {trainee.displayName} <span className="data-table__username">({trainee.username})</span>
              </th>
              <td>{formatMoment(trainee.enrolledAt, language)}</td>
              <td>{`${trainee.lessonsCompleted}/${trainee.lessonsTotal}`}</td>
              {quizzes.map((quiz) => (
                <QuizCell key={quiz.id} trainee={trainee} quizId={quiz.id} />
              ))}
              <td>{trainee.completedAt ? formatMoment(trainee.completedAt, language) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
