import { useTranslation } from 'react-i18next';
import type { ChecklistStep } from './model';

interface ChecklistStepsProps {
  steps: ChecklistStep[];
  /** With it, each step has a "not done" checkbox (the supervisor's form). */
  missed?: { steps: readonly number[]; toggle(step: number): void };
}

/** The numbered steps, each group's heading above its first step, critical steps marked. */
export function ChecklistSteps({ steps, missed }: ChecklistStepsProps) {
  const { t } = useTranslation();
  return (
    <ol className="checklist-steps">
      {steps.map((step) => (
        <li key={step.number} value={step.number} className={step.critical ? 'checklist-step checklist-step--critical' : 'checklist-step'}>
          {step.group && <h3 className="checklist-step__group">{step.group}</h3>}
          <span className="checklist-step__text">
            {step.critical && <strong className="checklist-step__critical">{t('skills.critical')} </strong>}
            {step.text}
          </span>
          {missed && (
            <label className="checklist-step__missed">
              <input type="checkbox" checked={missed.steps.includes(step.number)} onChange={() => missed.toggle(step.number)} />
              {t('skills.notDone', { number: step.number })}
            </label>
          )}
        </li>
      ))}
    </ol>
  );
}
