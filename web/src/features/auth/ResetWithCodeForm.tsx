import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ResetPasswordWithCodeDocument } from './auth.generated';
import { PasswordFields, readNewPassword } from './PasswordFields';

/** "Forgot the password?": a registrar or admin gives a one-time code in person or by telephone. */
export function ResetWithCodeForm({ onReset }: { onReset: (username: string) => void }) {
  const { t } = useTranslation();
  const [mismatch, setMismatch] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordWithCodeDocument);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const newPassword = readNewPassword(form);
    setMismatch(newPassword === null);
    if (newPassword === null) return;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    try {
      await reset({ variables: { username, code: String(data.get('code') ?? ''), newPassword } });
      onReset(username);
    } catch {
      // shown from `error`
    }
  };

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)} aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('account.resetTitle')}</h2>
      <p>{t('account.resetIntro')}</p>
      {error && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor="reset-username">{t('auth.username')}</label>
        <input id="reset-username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required />
      </div>
      <div className="field">
        <label htmlFor="reset-code">{t('account.resetCode')}</label>
        <input id="reset-code" name="code" autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} required />
      </div>
      <PasswordFields mismatch={mismatch} />
      <Button type="submit" disabled={loading}>
        {t('account.resetSubmit')}
      </Button>
    </form>
  );
}
