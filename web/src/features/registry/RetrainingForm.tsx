import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurricula } from '../curricula/hooks';
import { formatDate } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { ActionPanel } from './ActionPanel';
import { type PanelControls, ToggleAction } from './ToggleAction';
import { AssignRetrainingDocument } from './actions.generated';
import { WORKER_QUERIES } from './model';
import { addDays, isoToday, planProblems } from './actionRules';

/** The default due date of a new plan: three months from today. */
const DEFAULT_DAYS = 90;

/** Assigns a curriculum with a due date to one worker (an existing plan of the same curriculum is re-dated). */
export function RetrainingForm({ workerId, workerName }: { workerId: string; workerName: string }) {
  const { t } = useTranslation();
  return (
    <ToggleAction label={t('registryActions.assign')}>
      {(controls) => <AssignPanel workerId={workerId} workerName={workerName} {...controls} />}
    </ToggleAction>
  );
}

interface AssignPanelProps extends PanelControls {
  workerId: string;
  workerName: string;
}

export function AssignPanel({ workerId, workerName, onDone, onCancel }: AssignPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const localize = useLocalized();
  const ids = { curriculum: useId(), dueOn: useId() };
  const today = isoToday();
  const [curriculumId, setCurriculumId] = useState('');
  const [dueOn, setDueOn] = useState(addDays(today, DEFAULT_DAYS));
  const curricula = useCurricula();
  const [assign, { loading, error }] = useMutation(AssignRetrainingDocument, { refetchQueries: WORKER_QUERIES, awaitRefetchQueries: true });
  const chosen = curricula.data?.curricula.find((curriculum) => curriculum.id === curriculumId);
  const title = chosen ? localize(chosen.title, chosen.titleEn) : '…';
  const confirm = async () => {
    const result = await assign({ variables: { workerId, curriculumId, dueOn } }).catch(() => null);
    if (result?.data) onDone(t('registryActions.assigned', { curriculum: title, date: formatDate(dueOn, language) }));
  };
  return (
    <ActionPanel
      title={t('registryActions.assignTitle')}
      consequence={t('registryActions.assignConsequence', {
        name: workerName,
        curriculum: title,
        date: dueOn ? formatDate(dueOn, language) : '…',
      })}
      confirmLabel={t('registryActions.assignConfirm')}
      problems={planProblems({ curriculumId, dueOn }, today)}
      error={error ?? curricula.error}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={ids.curriculum}>{t('registry.curriculum')}</label>
        <select id={ids.curriculum} value={curriculumId} onChange={(event) => setCurriculumId(event.target.value)} required>
          <option value="">{t('registryActions.chooseCurriculum')}</option>
          {curricula.data?.curricula.map((curriculum) => (
            <option key={curriculum.id} value={curriculum.id}>
              {localize(curriculum.title, curriculum.titleEn)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.dueOn}>{t('registry.dueOn')}</label>
        <input id={ids.dueOn} type="date" min={today} value={dueOn} onChange={(event) => setDueOn(event.target.value)} required />
      </div>
    </ActionPanel>
  );
}
