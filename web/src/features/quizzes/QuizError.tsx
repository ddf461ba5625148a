import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/format';
import { errorCode, errorExtensions } from '../../lib/graphqlError';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * Why an attempt could not start or be submitted, in the API's own words (they name the limits); a cool-down
 * says until when in the trainee's local time, which the API's message gives in UTC.
 */
export function QuizError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const retryAt = errorExtensions(error)?.retryAt;
  if (errorCode(error) === 'QUIZ_COOLDOWN' && typeof retryAt === 'string') {
    const time = formatMoment(retryAt, i18n.resolvedLanguage ?? 'ko', { withTime: true });
    return (
      <p className="alert" role="alert">
        {t('quiz.status.coolingDown', { time })}
      </p>
    );
  }
  return <ErrorMessage error={error} preferServerMessage />;
}
