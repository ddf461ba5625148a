import { useTranslation } from 'react-i18next';
import type { RevisionStatus } from './model';

export function RevisionStatusBadge({ status }: { status: RevisionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--revision-${status}`}>{t(`review.status.${status}`)}</span>;
}
