import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoment } from '../../i18n/format';
import { reviewPath, revisionEditPath } from './paths';
import type { RevisionSummary } from './model';
import { RevisionStatusBadge } from './RevisionStatusBadge';

interface RevisionListProps {
  revisions: readonly (RevisionSummary & { dueOn?: string })[];
  /** The author's own list opens editable revisions in the editor. */
  own?: boolean;
}

export function RevisionList({ revisions, own = false }: RevisionListProps) {
  const { t, i18n } = useTranslation();
  if (revisions.length === 0) return <p className="muted">{t('review.lists.empty')}</p>;
  return (
    <ul className="revision-list">
      {revisions.map((revision) => {
        const editable = own && ['draft', 'changes_requested'].includes(revision.status);
        return (
          <li key={revision.id}>
            <Link to={editable ? revisionEditPath(revision.id) : reviewPath(revision.id)}>{revision.title}</Link>{' '}
            <RevisionStatusBadge status={revision.status} />
            <span className="revision-list__meta">
              {revision.authorName && ` · ${revision.authorName}`}
              {revision.dueOn
                ? ` · ${t('review.assignments.due', { date: formatDate(revision.dueOn, i18n.language) })}`
                : ` · ${formatMoment(revision.updatedAt, i18n.language, { withTime: true })}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
