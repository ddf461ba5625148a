import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ChangePasswordDocument, MeDocument } from './auth.generated';
import { PasswordFields, readNewPassword } from './PasswordFields';

/** The current password and a new one (twice); on success `me` is fetched again, which lifts a forced change. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(ChangePasswordDocument, { refetchQueries: [MeDocument], awaitRefetchQueries: true });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const newPassword = readNewPassword(form);
    setMismatch(newPassword === null);
    if (newPassword === null) return;
    try {
      await change({ variables: { currentPassword: String(new FormData(form).get('currentPassword') ?? ''), newPassword } });
    } catch {
      return; // shown from `error`
    }
    form.reset();
    setDone(true);
    onChanged?.();
  };

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      {error && <ErrorMessage error={error} />}
      {done && <p role="status">{t('account.passwordChanged')}</p>}
      <div className="field">
        <label htmlFor="current-password">{t('account.currentPassword')}</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
      </div>
      <PasswordFields mismatch={mismatch} />
      <Button type="submit" disabled={loading}>
        {t('account.changePassword')}
      </Button>
    </form>
  );
}
