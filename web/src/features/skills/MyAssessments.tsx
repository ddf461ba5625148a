import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { MySkillAssessmentsDocument } from './skills.generated';

/** The signed-in trainee's assessments of one checklist, newest first: day, outcome, steps not done. */
export function MyAssessments({ checklistId }: { checklistId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(MySkillAssessmentsDocument, { fetchPolicy: 'cache-and-network' });
  const language = i18n.resolvedLanguage ?? 'ko';
  const mine = data?.mySkillAssessments.filter((a) => a.checklistId === checklistId);
  if (!mine) return null;
  return (
    <section aria-labelledby="my-assessments">
      <h2 id="my-assessments">{t('skills.mine')}</h2>
      {mine.length === 0 ? (
        <p>{t('skills.noneYet')}</p>
      ) : (
        <ul>
          {mine.map((a) => (
            <li key={a.id}>
              {formatDate(a.assessedOn, language)} — <strong>{t(`skills.outcomes.${a.outcome}`)}</strong>
              {a.missedSteps.length > 0 && ` (${t('skills.missed', { steps: a.missedSteps.join(', ') })})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
