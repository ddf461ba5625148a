import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../features/auth/nextPath';
import { SignInForm } from '../features/auth/SignInForm';
import { PageTitle } from '../ui/PageTitle';

export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  return (
    <section className="sign-in">
      <PageTitle title={t('auth.title')} />
      <h1>{t('auth.title')}</h1>
      <p>{t('auth.intro')}</p>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </section>
  );
}
