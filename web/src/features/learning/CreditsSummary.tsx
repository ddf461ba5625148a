import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { currentCycle, totalCredits } from './credits';
import { useCreditCycle } from './hooks';

/**
 * Credits earned in the current renewal cycle of the trainee's licence, against what renewal needs (the credit
 * ledger, which counts completed courses and in-person training); without a licence, completions this year.
 */
export function CreditsSummary({ completionsThisYear }: { completionsThisYear: readonly { creditHours: number }[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const cycle = currentCycle(useCreditCycle().data);
  const number = (value: number) => formatNumber(value, language);
  return (
    <p className="my-learning__credits">
      {cycle
        ? t('home.creditsThisCycle', {
            earned: number(cycle.earned),
            required: number(cycle.required),
            deadline: formatDate(cycle.deadline, language),
          })
        : t('home.creditsThisYear', { credits: number(totalCredits(completionsThisYear)) })}
    </p>
  );
}
