import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { lessonPath } from '../curricula/paths';
import { contentHistoryPath } from './paths';
import { PublishRevisionDocument } from './review.generated';
import type { Revision } from './model';

/**
 * An editor publishes an approved revision; unresolved terms block it until a reviewer accepts them, and the API
 * refuses it while a suggestion is undecided or a thread open (its message, naming them, is shown).
 */
export function PublishPanel({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const [publish, { loading, error }] = useMutation(PublishRevisionDocument);
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
  // The API refuses publishing while these are open and names each one; this only says so before the click.
  const suggestions = revision.suggestions.filter((suggestion) => suggestion.status === 'pending').length;
  const threads = revision.comments.filter((comment) => !comment.parentId && comment.resolvedAt === null).length;
  return (
    <div className="publish">
      {blocked && <p className="alert">{t('review.publish.blocked', { terms: revision.unresolvedTerms.join(', ') })}</p>}
      {(suggestions > 0 || threads > 0) && <p className="notice">{t('review.publish.openItems', { suggestions, threads })}</p>}
      {error && <ErrorMessage error={error} preferServerMessage />}
      <Button disabled={loading || blocked} onClick={() => void publish({ variables: { id: revision.id } }).catch(() => null)}>
        {t('review.publish.action')}
      </Button>
    </div>
  );
}
