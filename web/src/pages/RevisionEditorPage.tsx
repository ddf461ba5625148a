import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { REVIEWS_PATH } from '../features/review/paths';
import { RevisionDocument } from '../features/review/review.generated';
import { RevisionEditor } from '../features/review/RevisionEditor';
import { RevisionStatusBadge } from '../features/review/RevisionStatusBadge';
import { Breadcrumb } from '../ui/Breadcrumb';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';
import '../features/review/review.css';

export default function RevisionEditorPage() {
  const { t } = useTranslation();
  const { revisionId = '' } = useParams();
  useWideLayout();
  // Always the server's latest text: the editor starts from it and its `saves`.
  const { data, error } = useQuery(RevisionDocument, { variables: { id: revisionId }, fetchPolicy: 'network-only' });
  if (!data) return <QueryStatus error={error} />;
  const { revision } = data;
  return (
    <article>
      <PageTitle title={t('review.editor.pageTitle', { title: revision.title })} />
      <Breadcrumb items={[{ label: t('review.lists.title'), to: REVIEWS_PATH }, { label: revision.title }]} />
      <h1>
        {t('review.editor.pageTitle', { title: revision.title })} <RevisionStatusBadge status={revision.status} />
      </h1>
      <p className="muted">{t('review.basedOn', { version: revision.baseVersion })}</p>
      <RevisionEditor key={revision.id} revision={revision} />
    </article>
  );
}
