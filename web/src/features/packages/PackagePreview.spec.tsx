import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContentPackageReport } from './model';
import { PackagePreview } from './PackagePreview';

const REPORT: ContentPackageReport = {
  __typename: 'ContentPackageReport',
  packageId: 'p1',
  createdAt: '2026-12-07T10:00:00.000Z',
  sourceUrl: 'http://county-a.local',
  curriculumId: 'maternal-primary',
  applied: false,
  counts: [{ __typename: 'PackageTypeCount', type: 'lesson', added: 1, changed: 1, unchanged: 15, conflicts: 1 }],
  changes: [
    { __typename: 'PackageChange', key: 'lesson:new', type: 'lesson', id: 'new', title: '새 강의', status: 'added', taken: null, diff: [] },
    {
      __typename: 'PackageChange',
      key: 'lesson:two',
      type: 'lesson',
      id: 'two',
      title: '둘째 강의',
      status: 'changed',
      taken: null,
      diff: [
        { __typename: 'DiffPartType', op: 'equal', text: '첫 ' },
        { __typename: 'DiffPartType', op: 'insert', text: '1시간' },
      ],
    },
    {
      __typename: 'PackageChange',
      key: 'lesson:mine',
      type: 'lesson',
      id: 'mine',
      title: '고친 강의',
      status: 'conflict',
      taken: false,
      diff: [
        { __typename: 'DiffPartType', op: 'delete', text: '여기' },
        { __typename: 'DiffPartType', op: 'insert', text: '중앙' },
      ],
    },
  ],
};

describe('PackagePreview', () => {
  it('counts each type, shows word diffs, and asks for a choice on each local edit (kept unless taken)', () => {
    const choose = vi.fn();
    const { container } = render(<PackagePreview report={REPORT} take={new Set()} onChoose={choose} />);
    const row = screen.getByRole('row', { name: /강의/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '15', '1']);
    expect(container.querySelector('li[data-key="lesson:two"] ins')?.textContent).toBe('1시간');
    const conflict = container.querySelector('li[data-key="lesson:mine"]') as HTMLElement;
    expect(within(conflict).getByLabelText('여기 글을 그대로 둔다')).toHaveProperty('checked', true);
    fireEvent.click(within(conflict).getByLabelText('꾸레미의 글을 쓴다'));
    expect(choose).toHaveBeenCalledWith('lesson:mine', true);
    expect(container.querySelector('li[data-key="lesson:new"] input')).toBeNull();
  });

  it('shows an applied report without choices', () => {
    render(<PackagePreview report={{ ...REPORT, applied: true }} take={new Set(['lesson:mine'])} />);
    expect(screen.getByRole('heading', { name: '받아들인 결과' })).toBeTruthy();
    expect(screen.getByLabelText('꾸레미의 글을 쓴다')).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('꾸레미의 글을 쓴다')).toHaveProperty('checked', true);
  });
});
