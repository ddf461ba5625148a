/**
 * Calendar dates as the API keeps them: `YYYY-MM-DD` strings in UTC, the day the database's `CURRENT_DATE`
 * turns on a UTC server. The one place that says what "today" is and what a date looks like.
 */

/** `YYYY-MM-DD` in form only; `isCalendarDate` also checks the day exists. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` that names a day that exists (2026-02-31 does not). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The UTC day of an instant, as `YYYY-MM-DD`. */
export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);

/** Today (UTC) plus `days`, as `YYYY-MM-DD`. */
export function isoDaysFromToday(days: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Today (UTC), as `YYYY-MM-DD`. */
export const today = (): string => isoDate(new Date());
