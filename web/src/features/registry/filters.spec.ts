import { describe, expect, it } from 'vitest';
import {
  expiringExportUrl,
  expiringPeriod,
  listStateFromParams,
  pageBounds,
  paramsFromListState,
  stepPage,
  workersExportUrl,
} from './filters';

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
    const keyset = new URLSearchParams('cadre=nurse&page=7&after=abc');
    expect(paramsFromListState(listStateFromParams(keyset)).toString()).toBe(keyset.toString());
  });

  it('pages by cursor: next after the last row, back before the first, page 1 without one', () => {
    const rows = [{ cursor: 'first' }, { cursor: 'last' }];
    const state = { filter: { cadre: 'nurse' as const }, page: 4, after: 'x' };
    expect(stepPage(state, 5, rows)).toEqual({ filter: { cadre: 'nurse' }, page: 5, after: 'last' });
    expect(stepPage(state, 3, rows)).toEqual({ filter: { cadre: 'nurse' }, page: 3, before: 'first' });
    expect(stepPage({ ...state, page: 2 }, 1, rows)).toEqual({ filter: { cadre: 'nurse' }, page: 1 });
  });

  it('opens page 1 for a deep page bookmarked without a cursor (the API caps offsets)', () => {
    expect(listStateFromParams(new URLSearchParams('page=150'))).toEqual({ filter: {}, page: 150 });
    expect(listStateFromParams(new URLSearchParams('page=500'))).toEqual({ filter: {}, page: 1 });
    expect(listStateFromParams(new URLSearchParams('page=500&before=b'))).toEqual({ filter: {}, page: 500, before: 'b' });
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
