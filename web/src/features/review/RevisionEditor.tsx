import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { copyToRestore, clearLocalCopy } from './localDraft';
import { RevisionDocument, SubmitRevisionDocument } from './review.generated';
import type { Revision } from './model';
import { reviewPath } from './paths';
import { RevisionPreview } from './RevisionPreview';
import { SaveStatus } from './SaveStatus';
import { SubmitForm } from './SubmitForm';
import { applyFinding, currentFindings } from './terminology';
import { TerminologyList } from './TerminologyList';
import { useAutosave } from './useAutosave';

const EDITABLE = ['draft', 'changes_requested'];

/** The author's editor (Markdown, or an item's YAML) with the reader's preview, autosave, terminology findings and submission. */
export function RevisionEditor({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState(revision.title);
  const [body, setBody] = useState(revision.body);
  const [restorable, setRestorable] = useState(() => copyToRestore(revision.id, revision));
  const autosave = useAutosave(revision.id, revision.saves);
  const [submit, submitting] = useMutation(SubmitRevisionDocument);

  if (!EDITABLE.includes(revision.status)) {
    return (
      <p className="alert">
        {t('review.editor.notEditable', { status: t(`review.status.${revision.status}`) })}{' '}
        <Link to={reviewPath(revision.id)}>{t('review.editor.toReview')}</Link>
      </p>
    );
  }

  const edit = (next: { title?: string; body?: string }) => {
    const draft = { title: next.title ?? title, body: next.body ?? body };
    setTitle(draft.title);
    setBody(draft.body);
    autosave.change(draft);
  };

  const restore = () => {
    if (!restorable) return;
    setRestorable(null);
    autosave.rebase(revision.saves, false);
    edit({ title: restorable.title, body: restorable.body });
  };
  const discardLocal = () => {
    clearLocalCopy(revision.id);
    setRestorable(null);
  };

  /** After a conflict: the server's text replaces mine, or mine is saved over the server's. */
  const resolveConflict = async (keepMine: boolean) => {
    const { data } = await client.query({ query: RevisionDocument, variables: { id: revision.id }, fetchPolicy: 'network-only' });
    if (!data) return;
    if (!keepMine) {
      setTitle(data.revision.title);
      setBody(data.revision.body);
    }
    autosave.rebase(data.revision.saves, keepMine);
  };

  const sendToReview = async (reviewerIds: string[], dueOn: string) => {
    await autosave.flush();
    if (autosave.hasPending()) return; // not saved: the status line says why
    const result = await submit({ variables: { id: revision.id, reviewerIds, dueOn } }).catch(() => null);
    if (result?.data) await navigate(reviewPath(revision.id));
  };

  const findings = currentFindings(revision.terminologyFindings, body);
  const isItem = revision.kind === 'questionItem';
  return (
    <div className="revision-editor">
      {restorable && (
        <div className="notice" role="alert">
          <p>{t('review.editor.restoreOffer', { at: new Date(restorable.changedAt).toLocaleString() })}</p>
          <Button onClick={restore}>{t('review.editor.restore')}</Button>{' '}
          <Button variant="quiet" onClick={discardLocal}>
            {t('review.editor.discard')}
          </Button>
        </div>
      )}
      {autosave.state.status === 'conflict' && (
        <div className="alert" role="alert">
          <p>{t('review.save.conflict')}</p>
          <Button onClick={() => void resolveConflict(true)}>{t('review.save.keepMine')}</Button>{' '}
          <Button variant="quiet" onClick={() => void resolveConflict(false)}>
            {t('review.save.loadServer')}
          </Button>
        </div>
      )}
      <SaveStatus state={autosave.state} />
      {/* An item's title is its stem, taken from the YAML when published. */}
      {!isItem && (
        <div className="field">
          <label htmlFor="revision-title">{t('review.editor.title')}</label>
          <input id="revision-title" value={title} onChange={(event) => edit({ title: event.target.value })} />
        </div>
      )}
      <div className="revision-editor__panes">
        <div className="field revision-editor__source">
          <label htmlFor="revision-body">{t(isItem ? 'review.editor.itemBody' : 'review.editor.body')}</label>
          <textarea id="revision-body" lang="ko" value={body} spellCheck={false} onChange={(event) => edit({ body: event.target.value })} />
        </div>
        {/* Beside the source, so findings stay in view while typing (not below the whole preview). */}
        <section className="revision-editor__terms" aria-labelledby="terms-heading">
          <h2 id="terms-heading">{t('review.terms.title')}</h2>
          <TerminologyList findings={findings} onApply={(finding) => edit({ body: applyFinding(body, finding) })} />
        </section>
        <section className="revision-editor__preview" aria-label={t('review.editor.preview')}>
          <h2 className="revision-editor__preview-title">{t('review.editor.preview')}</h2>
          <RevisionPreview kind={revision.kind} body={body} />
        </section>
      </div>
      <section aria-labelledby="submit-heading">
        <h2 id="submit-heading">{t('review.submit.title')}</h2>
        <SubmitForm
          authorId={revision.authorId}
          assigned={revision.assignments.map((assignment) => assignment.reviewerId)}
          busy={submitting.loading || autosave.state.status === 'saving'}
          error={submitting.error}
          onSubmit={(ids, dueOn) => void sendToReview(ids, dueOn)}
        />
      </section>
    </div>
  );
}
