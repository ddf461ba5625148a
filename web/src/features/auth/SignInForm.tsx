import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSignIn } from './useSignIn';

export function SignInForm({ onSignedIn, defaultUsername }: { onSignedIn: () => void; defaultUsername?: string }) {
  const { t } = useTranslation();
  const { signIn, loading, error } = useSignIn();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const signedIn = await signIn({
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    if (signedIn) onSignedIn();
  };

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)}>
      {error && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor="sign-in-username">{t('auth.username')}</label>
        <input
          id="sign-in-username"
          name="username"
          defaultValue={defaultUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{t('auth.password')}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <Button type="submit" disabled={loading}>
        {loading ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
