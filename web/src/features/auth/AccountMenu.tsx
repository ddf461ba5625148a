import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSignOut } from './useSignOut';

export function AccountMenu({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const { signOut, loading, error } = useSignOut();
  return (
    <div className="account">
      <span className="account__name">{t('auth.signedInAs', { name: displayName })}</span>
      <Button variant="quiet" onClick={() => void signOut()} disabled={loading}>
        {t('auth.signOut')}
      </Button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
