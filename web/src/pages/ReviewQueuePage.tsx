import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { canAuthor, canPublish, canReview } from '../features/review/access';
import { MyRevisionsDocument, ReviewQueueDocument, RevisionsToPublishDocument } from '../features/review/lists.generated';
import { RevisionList } from '../features/review/RevisionList';
import { PageTitle } from '../ui/PageTitle';
import '../features/review/review.css';

/** The faculty's work: reviews assigned to me, my revisions, and approved revisions waiting to be published. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const author = canAuthor(user);
  const reviewer = canReview(user);
  const publisher = canPublish(user);
  const queue = useQuery(ReviewQueueDocument, { skip: !reviewer, fetchPolicy: 'cache-and-network' });
  const mine = useQuery(MyRevisionsDocument, { skip: !author, fetchPolicy: 'cache-and-network' });
  const toPublish = useQuery(RevisionsToPublishDocument, { skip: !publisher, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle title={t('review.lists.title')} />
      <h1>{t('review.lists.title')}</h1>
      {!author && !reviewer && <p className="alert">{t('errors.FORBIDDEN')}</p>}
      {reviewer && (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('review.lists.queue')}</h2>
          {queue.data ? (
            <RevisionList revisions={queue.data.reviewQueue.map((item) => ({ ...item.revision, dueOn: item.dueOn }))} />
          ) : (
            <QueryStatus error={queue.error} />
          )}
        </section>
      )}
      {author && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t('review.lists.mine')}</h2>
          {mine.data ? <RevisionList revisions={mine.data.myRevisions} own /> : <QueryStatus error={mine.error} />}
        </section>
      )}
      {author && (
        <section aria-labelledby="publish-list-heading">
          <h2 id="publish-list-heading">{t('review.lists.toPublish')}</h2>
          {toPublish.data ? <RevisionList revisions={toPublish.data.revisionsToPublish} /> : <QueryStatus error={toPublish.error} />}
        </section>
      )}
    </>
  );
}
