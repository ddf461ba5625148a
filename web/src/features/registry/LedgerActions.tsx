import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ActionDone, ActionPanel, ReasonField } from './ActionPanel';
import { ReverseCreditEntryDocument } from './actions.generated';
import { WORKER_QUERIES } from './model';
import { reasonProblems } from './actionRules';
import { CreditEntryForm } from './CreditEntryForm';
import { WorkerLedger } from './WorkerRecords';
import type { WorkerDetail } from './model';
import type { PanelControls } from './ToggleAction';

type Entry = WorkerDetail['ledger'][number];

/** The ledger with its corrections: a manual entry, and a reversing line for any line not yet reversed. */
export function LedgerWithActions({ workerId, ledger }: { workerId: string; ledger: Entry[] }) {
  const { t } = useTranslation();
  const [reversing, setReversing] = useState<Entry | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reversed = new Set(ledger.map((entry) => entry.reversesId).filter(Boolean));
  const action = (entry: Entry) => {
    if (entry.source === 'reversal') return null;
    if (reversed.has(entry.id)) return t('registryActions.reversedMark');
    return (
      <Button
        variant="quiet"
        aria-expanded={reversing?.id === entry.id}
        onClick={() => {
          setDone(null);
          setReversing(reversing?.id === entry.id ? null : entry);
        }}
      >
        {t('registryActions.reverse')}
      </Button>
    );
  };
  return (
    <>
      <CreditEntryForm workerId={workerId} />
      <WorkerLedger ledger={ledger} action={action} />
      {reversing && (
        <ReversePanel
          key={reversing.id}
          entry={reversing}
          onCancel={() => setReversing(null)}
          onDone={(message) => {
            setReversing(null);
            setDone(message);
          }}
        />
      )}
      <ActionDone message={done} />
    </>
  );
}

interface ReversePanelProps extends PanelControls {
  entry: Entry;
}

export function ReversePanel({ entry, onDone, onCancel }: ReversePanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const [reason, setReason] = useState('');
  const [reverse, { loading, error }] = useMutation(ReverseCreditEntryDocument, {
    refetchQueries: WORKER_QUERIES,
    awaitRefetchQueries: true,
  });
  const line = {
    date: formatDate(entry.earnedOn, language),
    hours: formatNumber(entry.hours, language),
    topic: t(`topic.${entry.topic}`, { defaultValue: entry.topic }),
  };
  const confirm = async () => {
    const result = await reverse({ variables: { id: entry.id, reason: reason.trim() } }).catch(() => null);
    if (result?.data) onDone(t('registryActions.reversed', line));
  };
  return (
    <ActionPanel
      title={t('registryActions.reverseTitle', line)}
      consequence={t('registryActions.reverseConsequence', line)}
      confirmLabel={t('registryActions.reverseConfirm')}
      problems={reasonProblems(reason, true)}
      error={error}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <ReasonField value={reason} onChange={setReason} required />
    </ActionPanel>
  );
}
