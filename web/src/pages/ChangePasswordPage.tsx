import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { PageTitle } from '../ui/PageTitle';

/** The signed-in user's own password; `forced` after signing in with a password someone else set. */
export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="sign-in">
      <PageTitle title={t('account.changePassword')} />
      <h1>{t('account.changePassword')}</h1>
      {forced && <p>{t('account.mustChange')}</p>}
      <ChangePasswordForm />
    </section>
  );
}
