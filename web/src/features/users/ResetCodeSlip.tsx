import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { IssuePasswordResetCodeDocument } from './users.generated';

/** Issues a one-time reset code and shows it large, once, with a print button: it is handed over on paper. */
export function ResetCodeSlip({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const [issue, { data, loading, error }] = useMutation(IssuePasswordResetCodeDocument);
  const issued = data?.issuePasswordResetCode;
  return (
    <section aria-labelledby="reset-code-heading">
      <h2 id="reset-code-heading">{t('users.resetCode')}</h2>
      <p>{t('users.resetCodeIntro')}</p>
      {error && <ErrorMessage error={error} />}
      <Button variant="quiet" disabled={loading} onClick={() => void issue({ variables: { userId } }).catch(() => undefined)}>
        {issued ? t('users.issueAnother') : t('users.issueCode')}
      </Button>
      {issued && (
        <div className="reset-slip" role="region" aria-label={t('users.resetSlip')}>
          <p>{t('users.slipFor', { name: issued.displayName, username: issued.username })}</p>
          <p
            className="reset-slip__code"
            style={{ fontSize: '2.5rem', fontFamily: 'monospace', letterSpacing: '0.1em' }}
            data-testid="reset-code"
          >
            {issued.code}
          </p>
          <p>{t('users.slipValidUntil', { when: new Date(issued.expiresAt).toLocaleString(i18n.resolvedLanguage) })}</p>
          <p>{t('users.slipHowTo')}</p>
          <Button onClick={() => window.print()}>{t('users.print')}</Button>
        </div>
      )}
    </section>
  );
}
