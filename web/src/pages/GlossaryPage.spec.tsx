import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../app/AuthContext';
import {
  ConfirmGlossaryEntryDocument,
  GlossaryEntriesDocument,
  type ConfirmGlossaryEntryMutation,
  type GlossaryEntriesQuery,
} from '../features/glossary/glossary.generated';
import { renderWithProviders, mocked, type CheckedMock } from '../test/render';
import { meMock } from '../test/review';
import type { GlossaryEntry, GlossaryStatus } from '../features/glossary/model';
import GlossaryPage from './GlossaryPage';

const entry = (id: string, southTerm: string, northTerm: string, status: GlossaryStatus): GlossaryEntry => ({
  __typename: 'GlossaryEntry',
  id,
  southTerm,
  northTerm,
  relation: 'different',
  domain: 'psychiatry',
  note: '',
  source: status === 'attested' ? 'https://www.asiatoday.co.kr/' : '',
  status,
  decisionNote: null,
});
const page = (entries: GlossaryEntry[]): { data: GlossaryEntriesQuery } => ({
  data: { glossaryEntries: { __typename: 'GlossaryPage', total: entries.length, items: entries } },
});
const all = page([entry('e1', '우울증', '슬픔증', 'attested'), entry('e2', '산후우울증', '해산후 슬픔증', 'proposed')]);

function renderGlossary(roles: ('reviewer' | 'trainee' | 'admin')[], mocks: CheckedMock[] = []) {
  return renderWithProviders(
    <RequireAuth>
      <GlossaryPage />
    </RequireAuth>,
    {
      mocks: [
        meMock('u1', roles),
        mocked({
          request: { query: GlossaryEntriesDocument, variables: { filter: {}, first: 50, offset: 0 } },
          result: all,
          maxUsageCount: 3,
        }),
        mocked({
          request: { query: GlossaryEntriesDocument, variables: { filter: { query: '우울' }, first: 50, offset: 0 } },
          result: page([entry('e1', '우울증', '슬픔증', 'attested')]),
        }),
        ...mocks,
      ],
    },
  );
}

describe('GlossaryPage', () => {
  it('searches, and lets a reviewer confirm a proposed entry', async () => {
    const confirm = vi.fn((): { data: ConfirmGlossaryEntryMutation } => ({
      data: { confirmGlossaryEntry: { ...entry('e2', '산후우울증', '해산후 슬픔증', 'confirmed') } },
    }));
    renderGlossary(['reviewer'], [mocked({ request: { query: ConfirmGlossaryEntryDocument, variables: { id: 'e2' } }, result: confirm })]);

    const row = (await screen.findByText('해산후 슬픔증')).closest('tr')!;
    expect(within(row).getByText('제안')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '확인' }));
    await vi.waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(screen.getByRole('heading', { name: '새 용어 제안' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'CSV 가져오기' })).toBeNull();

    fireEvent.change(screen.getByLabelText('찾을 용어 (남 또는 북)'), { target: { value: '우울' } });
    fireEvent.click(screen.getByRole('button', { name: '찾기' }));
    expect(await screen.findByText('용어 1개')).toBeTruthy();
  });

  it('shows a trainee the entries without faculty tools', async () => {
    renderGlossary(['trainee']);
    expect(await screen.findByText('슬픔증')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '확인' })).toBeNull();
    expect(screen.queryByRole('heading', { name: '새 용어 제안' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'CSV로 내려받기' })).toBeNull();
  });
});
