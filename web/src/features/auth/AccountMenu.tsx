import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSignOut } from './useSignOut';

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
      <Button variant="quiet" onClick={() => void signOut()} disabled={loading}>
        {t('auth.signOut')}
      </Button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
