import type { ChecklistStep, SkillOutcome } from './model';

/** The checklist's rule (as the API applies it): pass when no critical step was missed. */
export function outcomeFor(steps: ChecklistStep[], missed: readonly number[]): SkillOutcome {
  return steps.some((step) => step.critical && missed.includes(step.number)) ? 'NEEDS_PRACTICE' : 'PASS';
}
