import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { lessonPath } from '../features/curricula/paths';
import { DiffView } from '../features/review/DiffView';
import { reviewPath } from '../features/review/paths';
import { ContentHistoryDocument } from '../features/review/lists.generated';
import type { ContentKind } from '../features/review/model';
import { formatMoment } from '../i18n/format';
import { PageTitle } from '../ui/PageTitle';
import '../features/review/review.css';

const KINDS: ContentKind[] = ['lesson', 'textbookSection', 'questionItem'];

/**
 * Every published version of a text (a lesson at /lessons/:lessonId/history, a section or an item at
 * /history/:kind/:contentId), newest first: what changed and who approved it.
 */
export default function ContentHistoryPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const kind = KINDS.find((k) => k === params.kind) ?? 'lesson';
  const contentId = params.lessonId ?? params.contentId ?? '';
  const { data, error } = useQuery(ContentHistoryDocument, { variables: { kind, contentId }, fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus error={error} />;
  const versions = data.contentHistory;
  const title = versions[0]?.title ?? contentId;
  return (
    <article>
      <PageTitle title={t('review.history.title', { title })} />
      <h1>{t('review.history.title', { title })}</h1>
      {kind === 'lesson' && (
        <p>
          <Link to={lessonPath(contentId)}>{t('review.history.toLesson')}</Link>
        </p>
      )}
      <ol className="versions">
        {versions.map((version) => (
          <li key={version.version} className="version">
            <h2>
              {t('review.history.version', { version: version.version })}{' '}
              <span className="badge">{t(`review.history.source.${version.source === 'review' ? 'review' : 'import'}`)}</span>
            </h2>
            <p className="muted">
              {version.publishedAt && formatMoment(version.publishedAt, i18n.language, { withTime: true })}
              {version.revisionId && (
                <>
                  {' · '}
                  <Link to={reviewPath(version.revisionId)}>{t('review.history.revision')}</Link>
                </>
              )}
            </p>
            {version.approvals.length > 0 && (
              <p>
                {t('review.history.approvedBy', {
                  names: version.approvals.map((approval) => approval.reviewerName ?? approval.reviewerId).join(', '),
                })}
              </p>
            )}
            <DiffView diff={version.diff} />
          </li>
        ))}
      </ol>
    </article>
  );
}
