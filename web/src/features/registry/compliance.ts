import type { FacilityCompliance } from './model';

export interface ComplianceBar {
  /** Whole percents of the facility's plans: done, overdue, and still open within their due date. */
  done: number;
  overdue: number;
  open: number;
}

/** The parts of a facility's retraining plans, as percents that add up to 100 (or all 0 without plans). */
export function complianceBar({ plans, done, overdue }: Pick<FacilityCompliance, 'plans' | 'done' | 'overdue'>): ComplianceBar {
  if (plans <= 0) return { done: 0, overdue: 0, open: 0 };
  const donePercent = Math.round((done / plans) * 100);
  const overduePercent = Math.min(100 - donePercent, Math.round((overdue / plans) * 100));
  return { done: donePercent, overdue: overduePercent, open: 100 - donePercent - overduePercent };
}

export function complianceTotals(rows: readonly FacilityCompliance[]): Pick<FacilityCompliance, 'plans' | 'done' | 'overdue'> {
  return rows.reduce((sum, r) => ({ plans: sum.plans + r.plans, done: sum.done + r.done, overdue: sum.overdue + r.overdue }), {
    plans: 0,
    done: 0,
    overdue: 0,
  });
}

/** Facilities with the most overdue plans first (then the lowest share done), where a registrar should look first. */
export function byConcern(rows: readonly FacilityCompliance[]): FacilityCompliance[] {
  const share = (r: FacilityCompliance) => (r.plans ? r.done / r.plans : 1);
  return [...rows].sort((a, b) => b.overdue - a.overdue || share(a) - share(b) || a.facilityName.localeCompare(b.facilityName, 'ko'));
}
