import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AcceptTermDocument } from './review.generated';

/** An assigned reviewer lets a South Korean term stand, with the written reason (it then no longer blocks publishing). */
export function TermAcceptForm({ revisionId, southTerm }: { revisionId: string; southTerm: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [accept, { loading, error }] = useMutation(AcceptTermDocument);
  if (!open) {
    return (
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t('review.terms.accept', { term: southTerm })}
      </Button>
    );
  }
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const result = await accept({ variables: { revisionId, southTerm, reason } }).catch(() => null);
    if (result?.data) setOpen(false);
  };
  const id = `accept-${southTerm}`;
  return (
    <form onSubmit={(event) => void send(event)}>
      <div className="field">
        <label htmlFor={id}>{t('review.terms.reason', { term: southTerm })}</label>
        <textarea id={id} value={reason} required onChange={(event) => setReason(event.target.value)} />
      </div>
      {error && <ErrorMessage error={error} preferServerMessage />}
      <Button type="submit" disabled={loading || !reason.trim()}>
        {t('review.terms.acceptSend')}
      </Button>
    </form>
  );
}
