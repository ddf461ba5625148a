import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ConfirmGlossaryEntryDocument, RejectGlossaryEntryDocument } from './glossary.generated';
import type { GlossaryEntry } from './model';

interface GlossaryTableProps {
  entries: readonly GlossaryEntry[];
  /** Reviewers and admins confirm or reject proposed entries. */
  mayDecide: boolean;
}

const isLink = (source: string) => /^https?:\/\//.test(source);

export function GlossaryTable({ entries, mayDecide }: GlossaryTableProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('glossary.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table glossary-table">
        <thead>
          <tr>
            <th scope="col">{t('glossary.southTerm')}</th>
            <th scope="col">{t('glossary.northTerm')}</th>
            <th scope="col">{t('glossary.relationLabel')}</th>
            <th scope="col">{t('glossary.noteAndSource')}</th>
            <th scope="col">{t('glossary.statusLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td lang="ko">{entry.southTerm}</td>
              <td lang="ko">
                <strong>{entry.northTerm}</strong>
              </td>
              <td>{t(`glossary.relation.${entry.relation}`)}</td>
              <td>
                {entry.note && <p>{entry.note}</p>}
                {entry.source &&
                  (isLink(entry.source) ? (
                    <a href={entry.source} rel="noreferrer noopener" target="_blank">
                      {t('glossary.source')}
                    </a>
                  ) : (
                    <p>{entry.source}</p>
                  ))}
                {entry.decisionNote && <p className="muted">{entry.decisionNote}</p>}
              </td>
              <td>
                <span className={`badge badge--${entry.status}`}>{t(`glossary.status.${entry.status}`)}</span>
                {mayDecide && entry.status === 'proposed' && <EntryDecision entry={entry} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Confirm (with an optional note) or reject (with a reason) a proposed entry. */
function EntryDecision({ entry }: { entry: GlossaryEntry }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [confirm, confirming] = useMutation(ConfirmGlossaryEntryDocument);
  const [reject, rejecting] = useMutation(RejectGlossaryEntryDocument);
  const id = `decide-${entry.id}`;
  return (
    <div className="entry-decision">
      <label className="visually-hidden" htmlFor={id}>
        {t('glossary.decisionNote', { south: entry.southTerm, north: entry.northTerm })}
      </label>
      <input id={id} value={note} placeholder={t('glossary.decisionPlaceholder')} onChange={(event) => setNote(event.target.value)} />
      <Button
        variant="quiet"
        disabled={confirming.loading}
        onClick={() => void confirm({ variables: { id: entry.id, note: note.trim() || undefined } }).catch(() => null)}
      >
        {t('glossary.confirm')}
      </Button>
      <Button
        variant="quiet"
        disabled={rejecting.loading || !note.trim()}
        onClick={() => void reject({ variables: { id: entry.id, reason: note } }).catch(() => null)}
      >
        {t('glossary.reject')}
      </Button>
      {(confirming.error ?? rejecting.error) && <ErrorMessage error={confirming.error ?? rejecting.error} preferServerMessage />}
    </div>
  );
}
