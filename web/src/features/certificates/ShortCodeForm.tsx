import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { VerifyCertificateDocument } from './certificates.generated';
import { outcomeOfServer, type Outcome } from './outcome';

/** Crockford base32 as normalizeShortCode reads it: 10 characters, dashes and spaces optional. */
const SHORT_CODE = /^[0-9A-Z]{10}$/i;

/** Looks a short code up on the server: only the server knows which certificate a code belongs to. */
export function ShortCodeForm({ onOutcome }: { onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    const wellFormed = SHORT_CODE.test(trimmed.replace(/[\s-]/g, ''));
    setError(null);
    setInvalid(!wellFormed);
    if (!wellFormed) return;
    setLoading(true);
    try {
      const { data } = await client.query({
        query: VerifyCertificateDocument,
        variables: { credential: trimmed },
        fetchPolicy: 'network-only',
      });
      if (data) onOutcome(outcomeOfServer(data.verifyCertificate, new Date().toISOString()));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <form className="form short-code-form" onSubmit={(event) => void handleSubmit(event)}>
      <p>{t('verify.shortCodeHint')}</p>
      {error !== null && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor="verify-short-code">{t('verify.shortCodeLabel')}</label>
        <input
          id="verify-short-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'verify-short-code-error' : undefined}
        />
        {invalid && (
          <p id="verify-short-code-error" className="alert" role="alert">
            {t('verify.shortCodeInvalid')}
          </p>
        )}
      </div>
      <Button type="submit" variant="quiet" disabled={loading}>
        {loading ? t('verify.checking') : t('verify.shortCodeCheck')}
      </Button>
    </form>
  );
}
