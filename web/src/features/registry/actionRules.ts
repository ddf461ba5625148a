import type { LicenceStatus } from './model';

/** The registrar's form rules, checked before anything is sent (the API checks again). Problems are i18n keys. */

export type LicenceAction = 'renew' | 'suspend' | 'reinstate' | 'revoke';

/** The transitions the API allows from a status as the reader sees it (`expiring` is an active licence). */
const ALLOWED: Record<LicenceStatus, LicenceAction[]> = {
  active: ['renew', 'suspend', 'revoke'],
  expiring: ['renew', 'suspend', 'revoke'],
  lapsed: ['renew', 'revoke'],
  suspended: ['reinstate', 'revoke'],
  revoked: [],
};

export function licenceActions(status: LicenceStatus): LicenceAction[] {
  return ALLOWED[status];
}

/** Today as the API counts it (UTC), YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** A reason is required for every change except a renewal with the cycle's credits. */
export function reasonProblems(reason: string, required: boolean): string[] {
  return required && !reason.trim() ? ['registryActions.problem.reasonRequired'] : [];
}

export function planProblems(plan: { curriculumId: string; dueOn: string }, today: string): string[] {
  const problems: string[] = [];
  if (!plan.curriculumId) problems.push('registryActions.problem.curriculumRequired');
  if (!isDate(plan.dueOn) || plan.dueOn < today) problems.push('registryActions.problem.dueOnInvalid');
  return problems;
}

export interface CreditForm {
  hours: string;
  topic: string;
  earnedOn: string;
  note: string;
}

export const MAX_CREDIT_HOURS = 200;

export function creditProblems(form: CreditForm, today: string): string[] {
  const problems: string[] = [];
  const hours = Number(form.hours);
  if (!form.hours.trim() || !Number.isFinite(hours) || hours <= 0 || hours > MAX_CREDIT_HOURS)
    problems.push('registryActions.problem.hoursInvalid');
  if (!form.topic) problems.push('registryActions.problem.topicRequired');
  if (!isDate(form.earnedOn) || form.earnedOn > today) problems.push('registryActions.problem.earnedOnInvalid');
  if (!form.note.trim()) problems.push('registryActions.problem.noteRequired');
  return problems;
}
