import { useTranslation } from 'react-i18next';
import type { LicenceStatus } from './model';

/** A licence status in words (never colour alone), styled per status. */
export function LicenceStatusBadge({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`licenceStatus.${status}`)}</span>;
}
