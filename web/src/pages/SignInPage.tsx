import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../features/auth/nextPath';
import { ResetWithCodeForm } from '../features/auth/ResetWithCodeForm';
import { SignInForm } from '../features/auth/SignInForm';
import { Button } from '../ui/Button';
import { PageTitle } from '../ui/PageTitle';

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [resetting, setResetting] = useState(false);
  const [resetFor, setResetFor] = useState<string | null>(null);

  return (
    <section className="sign-in">
      <PageTitle title={t('auth.title')} />
      <h1>{t('auth.title')}</h1>
      {resetting ? (
        <>
          <ResetWithCodeForm
            onReset={(username) => {
              setResetFor(username);
              setResetting(false);
            }}
          />
          <Button variant="quiet" onClick={() => setResetting(false)}>
            {t('account.backToSignIn')}
          </Button>
        </>
      ) : (
        <>
          {resetFor ? <p role="status">{t('account.resetDone', { username: resetFor })}</p> : <p>{t('auth.intro')}</p>}
          <SignInForm key={resetFor ?? ''} defaultUsername={resetFor ?? undefined} onSignedIn={() => navigate(next, { replace: true })} />
          <Button variant="quiet" onClick={() => setResetting(true)}>
            {t('account.forgot')}
          </Button>
        </>
      )}
    </section>
  );
}
