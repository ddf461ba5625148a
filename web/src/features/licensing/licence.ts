import type { MyLicence } from './model';

/** Whole days from today (the trainee's calendar day) to a YYYY-MM-DD date; negative once it has passed. */
export function daysUntil(date: string, now = new Date()): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / 86_400_000);
}

/** The licence to show first: one in force (active or expiring), else the most recently issued. */
export function currentLicence(licences: readonly MyLicence[]): MyLicence | null {
  return licences.find((licence) => licence.status === 'active' || licence.status === 'expiring') ?? licences[0] ?? null;
}

/** Percent of a requirement met, for a progress bar (a requirement of 0 is met). */
export const percentOf = (earned: number, required: number) => (required > 0 ? (earned / required) * 100 : 100);
