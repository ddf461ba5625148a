import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MeDocument } from '../auth/auth.generated';
import { canAuthor, isFaculty } from './access';
import { contentHistoryPath, revisionEditPath } from './paths';
import { StartRevisionDocument } from './review.generated';
import type { ContentKind } from './model';

/**
 * Beside a lesson, a written textbook section or a question item, for faculty: "edit" (an author's open
 * revision, or a new draft of the published text) and the version history. Reads the signed-in user from the
 * cache, so it shows nothing where there is none.
 */
export function ContentEditing({ kind, contentId }: { kind: ContentKind; contentId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useQuery(MeDocument, { fetchPolicy: 'cache-only' }).data?.me ?? { permissions: [] };
  const [start, { loading, error }] = useMutation(StartRevisionDocument);
  if (!isFaculty(user)) return null;

  const edit = async () => {
    const result = await start({ variables: { kind, contentId } }).catch(() => null);
    if (result?.data) await navigate(revisionEditPath(result.data.startRevision.id));
  };
  return (
    <div className="lesson-editing">
      {canAuthor(user) && (
        <Button variant="quiet" disabled={loading} onClick={() => void edit()}>
          {t('review.editor.edit')}
        </Button>
      )}{' '}
      <Link to={contentHistoryPath(kind, contentId)}>{t('review.history.link')}</Link>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
