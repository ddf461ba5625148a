import { describe, expect, it } from 'vitest';
import { expiringExportUrl, expiringPeriod, listStateFromParams, pageBounds, paramsFromListState, workersExportUrl } from './filters';

describe('workers list state in the address', () => {
  it('reads known filters and ignores unknown values', () => {
    const state = listStateFromParams(new URLSearchParams('facility=f1&cadre=midwife&status=expiring&q=%20김%20&page=3'));
    expect(state).toEqual({ filter: { facilityId: 'f1', cadre: 'midwife', status: 'expiring', search: '김' }, page: 3 });
    expect(listStateFromParams(new URLSearchParams('cadre=wizard&status=dormant&page=-2'))).toEqual({ filter: {}, page: 1 });
  });

  it('writes back what it reads', () => {
    const params = new URLSearchParams('region=r1&facility=f1&cadre=nurse&status=lapsed&q=DEMO&page=2');
    expect(paramsFromListState(listStateFromParams(params)).toString()).toBe(params.toString());
    expect(paramsFromListState({ filter: {}, page: 1 }).toString()).toBe('');
  });
});

describe('export addresses', () => {
  it('carry every filter, encoded, and nothing for an empty filter', () => {
    expect(workersExportUrl({})).toBe('/exports/workers.csv');
    expect(workersExportUrl({ facilityId: 'f1', cadre: 'midwife', status: 'expiring', search: '김 영&희' })).toBe(
      '/exports/workers.csv?facilityId=f1&cadre=midwife&status=expiring&search=%EA%B9%80+%EC%98%81%26%ED%9D%AC',
    );
    expect(expiringExportUrl(30)).toBe('/exports/expiring-licences.csv?days=30');
  });

  it('offers 30 or 90 days, 90 by default', () => {
    expect(expiringPeriod('30')).toBe(30);
    expect(expiringPeriod('90')).toBe(90);
    expect(expiringPeriod(null)).toBe(90);
    expect(expiringPeriod('7')).toBe(90);
  });
});

describe('pageBounds', () => {
  it('numbers the rows of a page and the pages', () => {
    expect(pageBounds(1, 523)).toEqual({ from: 1, to: 50, pages: 11 });
    expect(pageBounds(11, 523)).toEqual({ from: 501, to: 523, pages: 11 });
    expect(pageBounds(40, 523)).toEqual({ from: 501, to: 523, pages: 11 });
    expect(pageBounds(1, 0)).toEqual({ from: 0, to: 0, pages: 1 });
  });
});
