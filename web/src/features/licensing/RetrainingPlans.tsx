import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { ProgressBar } from '../../ui/ProgressBar';
import type { MyRetrainingPlan } from './model';

/** Plans assigned to the trainee, most urgent first (the API's order), with due dates and progress. */
export function RetrainingPlans({ plans }: { plans: MyRetrainingPlan[] }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (plans.length === 0) return <p>{t('licence.noPlans')}</p>;
  return (
    <ul className="card-list retraining-plans">
      {plans.map((plan) => {
        const { progress } = plan;
        const state = progress.done ? 'done' : progress.overdue ? 'overdue' : 'inProgress';
        const title = localize(plan.curriculum.title, plan.curriculum.titleEn);
        return (
          <li key={plan.id} className={`card retraining-plan retraining-plan--${state}`} aria-label={title}>
            <h3 className="card__title">{title}</h3>
            <p>
              {t('licence.dueOn', { date: formatDate(plan.dueOn, language) })} · <strong>{t(`licence.${state}`)}</strong>
            </p>
            <ProgressBar percent={progress.coursesTotal ? (progress.coursesCompleted / progress.coursesTotal) * 100 : 0} label={title} />
            <p>
              {t('licence.planProgress', { done: progress.coursesCompleted, total: progress.coursesTotal })}
              {progress.skillsTotal > 0 && ` · ${t('skills.skillsProgress', { done: progress.skillsPassed, total: progress.skillsTotal })}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
