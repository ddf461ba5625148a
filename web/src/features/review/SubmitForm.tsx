import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ReviewersDocument } from './lists.generated';

interface SubmitFormProps {
  authorId: string;
  /** Reviewers asked last time, checked again for a resubmission. */
  assigned: readonly string[];
  busy: boolean;
  error?: unknown;
  onSubmit: (reviewerIds: string[], dueOn: string) => void;
}

/** The date `days` from today, as YYYY-MM-DD in local time. */
export function dateFromToday(days: number, today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Sending a revision to review: one or more reviewers (never its author) and a due date. */
export function SubmitForm({ authorId, assigned, busy, error, onSubmit }: SubmitFormProps) {
  const { t } = useTranslation();
  const reviewers = useQuery(ReviewersDocument).data?.reviewers.filter((reviewer) => reviewer.id !== authorId);
  // Until the author picks: those asked last time, or the only reviewer there is (nobody else to choose).
  const [picked, setPicked] = useState<string[] | null>(assigned.length ? [...assigned] : null);
  const chosen = picked ?? (reviewers?.length === 1 ? [reviewers[0].id] : []);
  const [dueOn, setDueOn] = useState(() => dateFromToday(7));

  const toggle = (id: string, on: boolean) => setPicked(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(chosen, dueOn);
  };
  return (
    <form className="submit-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('review.submit.reviewers')}</legend>
        {reviewers?.map((reviewer) => (
          <label key={reviewer.id} className="option">
            <input type="checkbox" checked={chosen.includes(reviewer.id)} onChange={(event) => toggle(reviewer.id, event.target.checked)} />{' '}
            {reviewer.displayName}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="review-due-on">{t('review.submit.dueOn')}</label>
        <input
          id="review-due-on"
          type="date"
          value={dueOn}
          min={dateFromToday(0)}
          required
          onChange={(event) => setDueOn(event.target.value)}
        />
      </div>
      {error !== undefined && <ErrorMessage error={error} preferServerMessage />}
      <Button type="submit" disabled={busy || chosen.length === 0}>
        {t('review.submit.action')}
      </Button>
    </form>
  );
}
