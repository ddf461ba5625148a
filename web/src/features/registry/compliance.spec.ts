import { describe, expect, it } from 'vitest';
import { byConcern, complianceBar, complianceTotals } from './compliance';

const row = (facilityName: string, plans: number, done: number, overdue: number) => ({
  facilityId: facilityName,
  facilityName,
  plans,
  done,
  overdue,
});

describe('complianceBar', () => {
  it('splits plans into done, overdue and open percents that add up to 100', () => {
    expect(complianceBar(row('a', 3, 1, 1))).toEqual({ done: 33, overdue: 33, open: 34 });
    expect(complianceBar(row('a', 4, 4, 0))).toEqual({ done: 100, overdue: 0, open: 0 });
    expect(complianceBar(row('a', 3, 2, 1))).toEqual({ done: 67, overdue: 33, open: 0 });
    expect(complianceBar(row('a', 0, 0, 0))).toEqual({ done: 0, overdue: 0, open: 0 });
  });
});

describe('complianceTotals and byConcern', () => {
  it('adds up facilities and puts the most overdue first', () => {
    const rows = [row('나', 10, 9, 0), row('가', 10, 2, 5), row('다', 4, 0, 5)];
    expect(complianceTotals(rows)).toEqual({ plans: 24, done: 11, overdue: 10 });
    expect(byConcern(rows).map((r) => r.facilityName)).toEqual(['다', '가', '나']);
  });
});
