import { useTranslation } from 'react-i18next';

/** A new password, typed twice; the rules are the API's (NIST 800-63B), shown as a hint. */
export function PasswordFields({ mismatch }: { mismatch: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor="new-password">{t('account.newPassword')}</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={8}
          maxLength={128}
          required
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="field__hint">
          {t('account.passwordRules')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="new-password-again">{t('account.newPasswordAgain')}</label>
        <input id="new-password-again" name="newPasswordAgain" type="password" autoComplete="new-password" required />
      </div>
      {mismatch && (
        <p className="alert" role="alert">
          {t('account.passwordsDiffer')}
        </p>
      )}
    </>
  );
}

/** The new password if both fields agree, else null. */
export function readNewPassword(form: HTMLFormElement): string | null {
  const data = new FormData(form);
  const password = String(data.get('newPassword') ?? '');
  return password === String(data.get('newPasswordAgain') ?? '') ? password : null;
}
