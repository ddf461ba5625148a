import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CommentOnRevisionDocument, RevisionDocument, SuggestEditDocument } from './review.generated';
import type { TextRange } from './model';

interface AnnotationFormProps {
  revisionId: string;
  body: string;
  range: TextRange;
  /** Assigned reviewers also suggest replacement text. */
  maySuggest: boolean;
  onDone: () => void;
}

/** A comment on the selected range or paragraph, or a suggested replacement for it. */
export function AnnotationForm({ revisionId, body, range, maySuggest, onDone }: AnnotationFormProps) {
  const { t } = useTranslation();
  const quote = body.slice(range.start, range.end);
  const [comment, setComment] = useState('');
  const [replacement, setReplacement] = useState(quote);
  const [note, setNote] = useState('');
  const refetchQueries = [{ query: RevisionDocument, variables: { id: revisionId } }];
  const [addComment, commenting] = useMutation(CommentOnRevisionDocument, { refetchQueries, awaitRefetchQueries: true });
  const [suggest, suggesting] = useMutation(SuggestEditDocument, { refetchQueries, awaitRefetchQueries: true });

  const sendComment = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addComment({ variables: { revisionId, body: comment, range } }).catch(() => null);
    if (result?.data) onDone();
  };
  const sendSuggestion = async (event: FormEvent) => {
    event.preventDefault();
    const result = await suggest({ variables: { revisionId, range, replacement, note: note || undefined } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <section className="annotation" aria-labelledby="annotation-heading">
      <h3 id="annotation-heading">{t('review.annotate.title')}</h3>
      <blockquote className="annotation__quote" lang="ko">
        {quote}
      </blockquote>
      <form onSubmit={(event) => void sendComment(event)}>
        <div className="field">
          <label htmlFor="annotation-comment">{t('review.annotate.comment')}</label>
          <textarea id="annotation-comment" value={comment} required onChange={(event) => setComment(event.target.value)} />
        </div>
        {commenting.error && <ErrorMessage error={commenting.error} preferServerMessage />}
        <Button type="submit" disabled={commenting.loading || !comment.trim()}>
          {t('review.annotate.sendComment')}
        </Button>
      </form>
      {maySuggest && (
        <form onSubmit={(event) => void sendSuggestion(event)}>
          <div className="field">
            <label htmlFor="annotation-replacement">{t('review.annotate.replacement')}</label>
            <textarea id="annotation-replacement" lang="ko" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="annotation-note">{t('review.annotate.note')}</label>
            <input id="annotation-note" value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          {suggesting.error && <ErrorMessage error={suggesting.error} preferServerMessage />}
          <Button type="submit" disabled={suggesting.loading || replacement === quote}>
            {t('review.annotate.sendSuggestion')}
          </Button>
        </form>
      )}
      <Button variant="quiet" onClick={onDone}>
        {t('review.annotate.cancel')}
      </Button>
    </section>
  );
}
