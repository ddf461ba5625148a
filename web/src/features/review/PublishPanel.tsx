import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { lessonPath } from '../curricula/paths';
import { contentHistoryPath } from './paths';
import { PUBLISH_REVISION, type Revision } from './review.graphql';

/** An editor publishes an approved revision; unresolved terms block it until a reviewer accepts them. */
export function PublishPanel({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const [publish, { loading, error }] = useMutation(PUBLISH_REVISION);
  if (revision.status === 'published') {
    return (
      <p role="status">
        {t('review.publish.done', { version: revision.publishedVersion })}{' '}
        {revision.kind === 'lesson' ? (
          <Link to={lessonPath(revision.contentId)}>{t('review.publish.open')}</Link>
        ) : (
          <Link to={contentHistoryPath(revision.kind, revision.contentId)}>{t('review.history.link')}</Link>
        )}
      </p>
    );
  }
  const blocked = revision.unresolvedTerms.length > 0;
  return (
    <div className="publish">
      {blocked && <p className="alert">{t('review.publish.blocked', { terms: revision.unresolvedTerms.join(', ') })}</p>}
      {error && <ErrorMessage error={error} preferServerMessage />}
      <Button disabled={loading || blocked} onClick={() => void publish({ variables: { id: revision.id } }).catch(() => null)}>
        {t('review.publish.action')}
      </Button>
    </div>
  );
}
