import { useTranslation } from 'react-i18next';
import { useProgressStatus } from './ProgressSyncProvider';

/** A quiet note in the header while learning records wait for the connection; nothing otherwise. */
export function ProgressStatus() {
  const { t } = useTranslation();
  const { pending, offline } = useProgressStatus();
  return (
    <p className="progress-status" role="status">
      {offline && pending > 0 ? t('learning.pendingOffline', { count: pending }) : null}
    </p>
  );
}
