import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

/** The date by which content must be re-checked against current guidance. */
export function ReviewBy({ date }: { date: string | null }) {
  const { t, i18n } = useTranslation();
  if (!date) return null;
  return <p className="review-by">{t('lesson.reviewBy', { date: formatDate(date, i18n.resolvedLanguage ?? 'ko') })}</p>;
}
