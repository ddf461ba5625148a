import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DecideRevisionDocument } from './review.generated';

/** An assigned reviewer's decision: approve, or request changes saying what to change. */
export function DecisionForm({ revisionId }: { revisionId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [decide, { loading, error }] = useMutation(DecideRevisionDocument);
  const send = (decision: 'approved' | 'changes_requested') =>
    void decide({ variables: { id: revisionId, decision, note: note.trim() || undefined } }).catch(() => null);
  return (
    <form className="decision" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="decision-note">{t('review.decision.note')}</label>
        <textarea id="decision-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {error && <ErrorMessage error={error} preferServerMessage />}
      <Button disabled={loading} onClick={() => send('approved')}>
        {t('review.decision.approve')}
      </Button>{' '}
      <Button variant="quiet" disabled={loading || !note.trim()} onClick={() => send('changes_requested')}>
        {t('review.decision.requestChanges')}
      </Button>
    </form>
  );
}
