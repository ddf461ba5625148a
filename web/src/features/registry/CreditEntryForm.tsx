import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TOPICS } from '../curricula/enums';
import { formatDate, formatNumber } from '../../i18n/format';
import { ActionPanel, TextField } from './ActionPanel';
import { type PanelControls, ToggleAction } from './ToggleAction';
import { AddCreditEntryDocument } from './actions.generated';
import { WORKER_QUERIES } from './model';
import { creditProblems, isoToday, MAX_CREDIT_HOURS, type CreditForm } from './actionRules';

/** A manual ledger line for in-person training, with its evidence. Lines are never edited: see reversal. */
export function CreditEntryForm({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  return (
    <ToggleAction label={t('registryActions.addCredit')}>{(controls) => <CreditPanel workerId={workerId} {...controls} />}</ToggleAction>
  );
}

interface CreditPanelProps extends PanelControls {
  workerId: string;
}

export function CreditPanel({ workerId, onDone, onCancel }: CreditPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const ids = { hours: useId(), topic: useId(), earnedOn: useId() };
  const today = isoToday();
  const [form, setForm] = useState<CreditForm>({ hours: '', topic: '', earnedOn: today, note: '' });
  const set = (field: keyof CreditForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const [add, { loading, error }] = useMutation(AddCreditEntryDocument, { refetchQueries: WORKER_QUERIES, awaitRefetchQueries: true });
  const hours = Number(form.hours) > 0 ? formatNumber(Number(form.hours), language) : '…';
  const topic = form.topic ? t(`topic.${form.topic}`) : '…';
  const confirm = async () => {
    const input = { hours: Number(form.hours), topic: form.topic, earnedOn: form.earnedOn, note: form.note.trim() };
    const result = await add({ variables: { workerId, input } }).catch(() => null);
    if (result?.data) onDone(t('registryActions.creditAdded', { hours, topic }));
  };
  return (
    <ActionPanel
      title={t('registryActions.addCreditTitle')}
      consequence={t('registryActions.addCreditConsequence', {
        hours,
        topic,
        date: form.earnedOn ? formatDate(form.earnedOn, language) : '…',
      })}
      confirmLabel={t('registryActions.addCreditConfirm')}
      problems={creditProblems(form, today)}
      error={error}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={ids.hours}>{t('registry.hours')}</label>
        <input
          id={ids.hours}
          type="number"
          inputMode="decimal"
          min="0.5"
          max={MAX_CREDIT_HOURS}
          step="0.5"
          value={form.hours}
          onChange={(event) => set('hours')(event.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={ids.topic}>{t('meta.topic')}</label>
        <select id={ids.topic} value={form.topic} onChange={(event) => set('topic')(event.target.value)} required>
          <option value="">{t('registryActions.chooseTopic')}</option>
          {TOPICS.map((value) => (
            <option key={value} value={value}>
              {t(`topic.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.earnedOn}>{t('registry.earnedOn')}</label>
        <input
          id={ids.earnedOn}
          type="date"
          max={today}
          value={form.earnedOn}
          onChange={(event) => set('earnedOn')(event.target.value)}
          required
        />
      </div>
      <TextField
        label={t('registryActions.evidence')}
        value={form.note}
        onChange={set('note')}
        hint={t('registryActions.evidenceHint')}
        required
        multiline
      />
    </ActionPanel>
  );
}
