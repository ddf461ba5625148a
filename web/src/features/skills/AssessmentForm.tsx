import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { newEventId } from '../learning/eventId';
import { isoToday } from '../registry/actionRules';
import { RegistryFacilitiesDocument, RegistryMyRegionsDocument } from '../registry/registry.generated';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ChecklistSteps } from './ChecklistSteps';
import { outcomeFor } from './outcome';
import { ChecklistsDocument, RecordSkillAssessmentDocument } from './skills.generated';
import type { AssessableWorker, SkillOutcome } from './model';

/** One assessment of the picked worker: checklist, the steps not done, outcome, day, facility and a note. */
export function AssessmentForm({ worker }: { worker: AssessableWorker }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const checklists = useQuery(ChecklistsDocument);
  const facilities = useSupervisorFacilities(worker);
  const [checklistId, setChecklistId] = useState('');
  const [missed, setMissed] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<SkillOutcome>('PASS');
  const [assessedOn, setAssessedOn] = useState(isoToday());
  const [facilityId, setFacilityId] = useState(worker.facilityId);
  const [note, setNote] = useState('');
  // One key per submission: a double click or a re-sent request is recorded once.
  const [clientId, setClientId] = useState(newEventId);
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordSkillAssessmentDocument);
  const checklist = checklists.data?.checklists.find((c) => c.id === checklistId);
  const required = checklist ? outcomeFor(checklist.steps, missed) : 'PASS';

  const toggle = (step: number) => {
    const next = missed.includes(step) ? missed.filter((n) => n !== step) : [...missed, step];
    setMissed(next);
    if (checklist) setOutcome(outcomeFor(checklist.steps, next));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checklist) return;
    const input = {
      workerId: worker.id,
      checklistId,
      outcome,
      assessedOn,
      facilityId,
      missedSteps: missed,
      clientId,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const result = await record({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setDone(
      t(`skills.recorded.${result.data.recordSkillAssessment.outcome}`, {
        name: worker.name,
        title: localize(checklist.title, checklist.titleEn),
      }),
    );
    setClientId(newEventId());
    setMissed([]);
    setOutcome('PASS');
    setNote('');
  };

  return (
    <form className="assessment-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="assess-checklist">{t('skills.checklist')}</label>
        <select
          id="assess-checklist"
          required
          value={checklistId}
          onChange={(event) => {
            setChecklistId(event.target.value);
            setMissed([]);
            setOutcome('PASS');
            setDone(null);
          }}
        >
          <option value="">{t('skills.chooseChecklist')}</option>
          {checklists.data?.checklists.map((c) => (
            <option key={c.id} value={c.id}>
              {localize(c.title, c.titleEn)}
            </option>
          ))}
        </select>
      </div>
      {checklists.error && <ErrorMessage error={checklists.error} />}
      {checklist && (
        <fieldset>
          <legend>{t('skills.steps')}</legend>
          <p>{t('skills.stepsHint')}</p>
          <ChecklistSteps steps={checklist.steps} missed={{ steps: missed, toggle }} />
        </fieldset>
      )}
      <fieldset>
        <legend>{t('skills.outcome')}</legend>
        {(['PASS', 'NEEDS_PRACTICE'] as const).map((value) => (
          <label key={value} className="assessment-form__outcome">
            <input
              type="radio"
              name="outcome"
              value={value}
              checked={outcome === value}
              disabled={value !== required}
              onChange={() => setOutcome(value)}
            />
            {t(`skills.outcomes.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="assess-date">{t('skills.assessedOn')}</label>
        <input
          id="assess-date"
          type="date"
          required
          max={isoToday()}
          value={assessedOn}
          onChange={(event) => setAssessedOn(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="assess-facility">{t('skills.facility')}</label>
        <select id="assess-facility" required value={facilityId} onChange={(event) => setFacilityId(event.target.value)}>
          {facilities.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="assess-note">{t('skills.note')}</label>
        <textarea id="assess-note" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {error && <ErrorMessage error={error} preferServerMessage />}
      {done && <p role="status">{done}</p>}
      <Button type="submit" disabled={loading || !checklist}>
        {t('skills.record')}
      </Button>
    </form>
  );
}

/** The worker's own facility first, then every facility of the supervisor's region(s). */
function useSupervisorFacilities(worker: AssessableWorker): { id: string; name: string }[] {
  const regions = useQuery(RegistryMyRegionsDocument);
  const regionId = regions.data?.me.roleAssignments.find((a) => a.role === 'supervisor' && a.region)?.region?.id;
  const inRegion = useQuery(RegistryFacilitiesDocument, { variables: { regionId: regionId ?? '' }, skip: !regionId });
  return useMemo(() => {
    const others = (inRegion.data?.facilities ?? []).filter((f) => f.id !== worker.facilityId);
    return [{ id: worker.facilityId, name: worker.facilityName }, ...others];
  }, [inRegion.data, worker.facilityId, worker.facilityName]);
}
