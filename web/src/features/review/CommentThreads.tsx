import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CommentOnRevisionDocument, ResolveCommentDocument, RevisionDocument } from './review.generated';
import type { ReviewComment } from './model';

interface CommentThreadsProps {
  revisionId: string;
  comments: readonly ReviewComment[];
  /** Threads to show first (e.g. those under the text just clicked). */
  focused: readonly string[];
  /** Author and assigned reviewers reply, resolve and reopen. */
  mayTakePart: boolean;
}

/** Threads on quoted ranges, oldest first, each with its replies; an orphaned thread says its words are gone. */
export function CommentThreads({ revisionId, comments, focused, mayTakePart }: CommentThreadsProps) {
  const { t } = useTranslation();
  const threads = comments.filter((comment) => !comment.parentId);
  const ordered = [...threads.filter((thread) => focused.includes(thread.id)), ...threads.filter((thread) => !focused.includes(thread.id))];
  if (threads.length === 0) return <p className="muted">{t('review.comments.none')}</p>;
  return (
    <ul className="threads">
      {ordered.map((thread) => (
        <Thread
          key={thread.id}
          revisionId={revisionId}
          thread={thread}
          replies={comments.filter((comment) => comment.parentId === thread.id)}
          focused={focused.includes(thread.id)}
          mayTakePart={mayTakePart}
        />
      ))}
    </ul>
  );
}

interface ThreadProps {
  revisionId: string;
  thread: ReviewComment;
  replies: ReviewComment[];
  focused: boolean;
  mayTakePart: boolean;
}

function Thread({ revisionId, thread, replies, focused, mayTakePart }: ThreadProps) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  const refetchQueries = [{ query: RevisionDocument, variables: { id: revisionId } }];
  const [comment, commenting] = useMutation(CommentOnRevisionDocument, { refetchQueries, awaitRefetchQueries: true });
  const [resolve, resolving] = useMutation(ResolveCommentDocument, { refetchQueries, awaitRefetchQueries: true });
  const resolved = thread.resolvedAt !== null;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const result = await comment({ variables: { revisionId, body: reply, parentId: thread.id } }).catch(() => null);
    if (result?.data) setReply('');
  };
  const classes = ['thread', resolved && 'thread--resolved', focused && 'thread--focused'].filter(Boolean).join(' ');
  return (
    <li className={classes} aria-label={t('review.comments.thread', { quote: thread.quote })}>
      <blockquote className="thread__quote" lang="ko">
        {thread.quote}
      </blockquote>
      {thread.range === null && <p className="badge badge--orphaned">{t('review.comments.orphaned')}</p>}
      {resolved && <p className="badge">{t('review.comments.resolved')}</p>}
      {[thread, ...replies].map((item) => (
        <div key={item.id} className="thread__comment">
          <p className="thread__author">{item.authorName}</p>
          <p className="thread__body">{item.body}</p>
        </div>
      ))}
      {mayTakePart && (
        <>
          <form className="thread__reply" onSubmit={(event) => void send(event)}>
            <label className="visually-hidden" htmlFor={`reply-${thread.id}`}>
              {t('review.comments.reply')}
            </label>
            <textarea
              id={`reply-${thread.id}`}
              value={reply}
              placeholder={t('review.comments.reply')}
              onChange={(event) => setReply(event.target.value)}
            />
            <Button type="submit" variant="quiet" disabled={commenting.loading || !reply.trim()}>
              {t('review.comments.sendReply')}
            </Button>
          </form>
          <Button
            variant="quiet"
            disabled={resolving.loading}
            onClick={() => void resolve({ variables: { id: thread.id, resolved: !resolved } }).catch(() => null)}
          >
            {resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
          </Button>
        </>
      )}
      {(commenting.error ?? resolving.error) && <ErrorMessage error={commenting.error ?? resolving.error} preferServerMessage />}
    </li>
  );
}
