import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type RecordsConflictFieldsFragment,
  RecordsConflictsDocument,
  SettleRecordsConflictDocument,
} from '../features/registry/records.generated';
import { mocked, renderWithProviders } from '../test/render';
import RegistryRecordsPage from './RegistryRecordsPage';

const conflict: RecordsConflictFieldsFragment = {
  __typename: 'RecordsConflict',
  id: 'c1',
  recordType: 'licence',
  recordId: 'l1',
  workerId: 'w1',
  workerName: '김순희',
  registrationNumber: 'R-1',
  detectedAt: '2026-12-07T09:00:00.000Z',
  differences: [{ __typename: 'RecordsConflictField', field: 'status', local: 'suspended', incoming: 'revoked' }],
};
const listed = (conflicts: RecordsConflictFieldsFragment[]) =>
  mocked({ request: { query: RecordsConflictsDocument, variables: {} }, result: { data: { recordsConflicts: conflicts } } });
const settled = mocked({
  request: { query: SettleRecordsConflictDocument, variables: { id: 'c1', keep: 'incoming' } },
  result: { data: { settleRecordsConflict: { __typename: 'RecordsConflict', id: 'c1', resolution: 'incoming' } } },
});
const report = (applied: boolean) => ({
  packageId: 'p1',
  source: { installId: 'i1', publicUrl: 'http://county.local' },
  since: null,
  until: '2026-12-07T09:30:00.000000Z',
  alreadyApplied: false,
  applied,
  outcomes: {
    worker: { added: 2, updated: 0, unchanged: 0, older: 0, conflict: 0 },
    licence: { added: 1, updated: 0, unchanged: 0, older: 1, conflict: 1 },
  },
});

afterEach(() => vi.unstubAllGlobals());

describe('RegistryRecordsPage', () => {
  it('lists a conflict with both sides and settles it with the incoming record', async () => {
    renderWithProviders(<RegistryRecordsPage />, { mocks: [listed([conflict]), settled, listed([])], route: '/registry/records' });
    const article = await screen.findByRole('article', { name: '김순희의 충돌' });
    const row = within(article).getByRole('row', { name: /상태/ });
    expect(row.textContent).toBe('상태suspendedrevoked');
    fireEvent.click(within(article).getByRole('button', { name: '가져온 기록 적용' }));
    expect(await screen.findByText('해결할 충돌이 없습니다.')).toBeTruthy();
  });

  it('previews a package (nothing written), then applies it; a refused file shows the server’s message', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('apply=true')
        ? new Response(JSON.stringify(report(true)), { status: 201 })
        : new Response(JSON.stringify(report(false)), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<RegistryRecordsPage />, { mocks: [listed([])], route: '/registry/records' });
    const apply = screen.getByRole('button', { name: '적용하기' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('기록꾸레미화일(.dari)'), { target: { files: [new File(['x'], 'county.dari')] } });
    fireEvent.click(screen.getByRole('button', { name: '미리보기' }));
    expect((await screen.findByText(/미리보기입니다\. 아무것도 쓰지 않았습니다\./)).textContent).toContain('http://county.local');
    expect(screen.getByRole('row', { name: /면허/ }).textContent).toBe('면허10011');
    fireEvent.click(apply);
    expect((await screen.findByText(/적용하였습니다\./)).textContent).toContain('http://county.local');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/packages/records', '/packages/records?apply=true']);

    fetch.mockResolvedValueOnce(
      new Response(
        JSON.stringify({ code: 'PACKAGE_REFUSED', messageKo: '꾸레미화일이 서명된 뒤에 변경되었습니다', messageEn: 'changed' }),
        { status: 400 },
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: '미리보기' }));
    expect((await screen.findByRole('alert')).textContent).toBe('꾸레미화일이 서명된 뒤에 변경되었습니다');
  }, 20_000);

  it('links the download to the export route, from the point given', () => {
    renderWithProviders(<RegistryRecordsPage />, { mocks: [listed([])], route: '/registry/records' });
    fireEvent.change(screen.getByLabelText('이 시각 이후에 바뀐 기록만 (비우면 모두)'), { target: { value: '2026-11-30' } });
    expect(screen.getByRole('link', { name: '기록꾸레미 내려받기' }).getAttribute('href')).toBe('/packages/records.dari?since=2026-11-30');
  });
});
