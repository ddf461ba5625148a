import type { CreditCycle, MyCreditCycleQuery } from './model';

/** Without a licence, credits are counted from the start of the current year, in the trainee's time zone. */
export function startOfYear(now = new Date()): string {
  return new Date(now.getFullYear(), 0, 1).toISOString();
}

export function totalCredits(completions: readonly { creditHours: number }[]): number {
  return completions.reduce((sum, completion) => sum + completion.creditHours, 0);
}

/** The renewal cycle of the trainee's licence in force (active or expiring), if they hold one. */
export function currentCycle(data: MyCreditCycleQuery | undefined): CreditCycle | null {
  const licence = data?.myWorker?.licences.find((candidate) => ['active', 'expiring'].includes(candidate.status));
  return licence?.eligibility ?? null;
}
