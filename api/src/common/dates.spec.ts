import { isCalendarDate, isoDaysFromToday, today } from './dates';

describe('dates', () => {
  it('accepts only days that exist, written YYYY-MM-DD', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-31', '2026-13-01', '2026-1-01', '20260101', ' 2026-01-01', '2026-01-01T00:00:00Z'])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('counts days from today in UTC, across months and years', () => {
    expect(isoDaysFromToday(1, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isoDaysFromToday(-1, new Date('2026-03-01T00:10:00+09:00'))).toBe('2026-02-27');
    expect(isoDaysFromToday(0)).toBe(today());
  });
});
