import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSignOut } from './useSignOut';

export const ACCOUNT_PASSWORD_PATH = '/account/password';

interface AccountMenuProps {
  displayName: string;
  /** Finishes the user's business first, e.g. sending waiting learning events. Should not reject. */
  beforeSignOut?: () => Promise<void>;
}

export function AccountMenu({ displayName, beforeSignOut }: AccountMenuProps) {
  const { t } = useTranslation();
  const { signOut, loading, error } = useSignOut(beforeSignOut);
  return (
    <div className="account">
      <span className="account__name">{t('auth.signedInAs', { name: displayName })}</span>
      <Link to={ACCOUNT_PASSWORD_PATH} className="account__link">
        {t('account.changePassword')}
      </Link>
      <Button variant="quiet" onClick={() => void signOut()} disabled={loading}>
        {t('auth.signOut')}
      </Button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
