import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError, renderWithProviders, mocked } from '../../test/render';
import { AddCreditEntryDocument, ReverseCreditEntryDocument } from './actions.generated';
import { isoToday } from './actionRules';
import { CreditEntryForm } from './CreditEntryForm';
import { LedgerWithActions } from './LedgerActions';
import type { WorkerDetail } from './model';

const today = isoToday();
const input = { hours: 6, topic: 'tb', earnedOn: today, note: '결핵예방원 실습, 원장 확인' };

describe('CreditEntryForm', () => {
  it('lists every problem before sending anything, then adds the line', async () => {
    const mocks = [
      mocked({
        request: { query: AddCreditEntryDocument, variables: { workerId: 'w1', input } },
        result: { data: { addCreditEntry: { __typename: 'CreditEntry', id: 'c9' } } },
      }),
    ];
    renderWithProviders(<CreditEntryForm workerId="w1" />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '학점 직접 입력' }));
    fireEvent.change(screen.getByLabelText('시간'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '입력하기' }));
    const problems = screen.getByRole('alert');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '시간은 0보다 크고 200시간을 넘지 말아야 합니다.',
      '분야를 고르십시오.',
      '근거를 적으십시오.',
    ]);

    fireEvent.change(screen.getByLabelText('시간'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('분야'), { target: { value: 'tb' } });
    fireEvent.change(screen.getByLabelText('근거'), { target: { value: ' 결핵예방원 실습, 원장 확인 ' } });
    expect(screen.getByRole('form').textContent).toContain('결핵 학점 6시간을 학점기록에 더합니다.');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '입력하기' }));
    expect(await screen.findByText('결핵 학점 6시간을 입력하였습니다.')).toBeTruthy();
  });

  it('shows the API’s message when it refuses', async () => {
    const mocks = [
      mocked({
        request: { query: AddCreditEntryDocument, variables: { workerId: 'w1', input } },
        result: graphqlError('FORBIDDEN', '이 작업을 할 권한이 없습니다.', 'You are not allowed to do this.'),
      }),
    ];
    renderWithProviders(<CreditEntryForm workerId="w1" />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '학점 직접 입력' }));
    fireEvent.change(screen.getByLabelText('시간'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('분야'), { target: { value: 'tb' } });
    fireEvent.change(screen.getByLabelText('근거'), { target: { value: input.note } });
    fireEvent.click(screen.getByRole('button', { name: '입력하기' }));
    expect((await screen.findByRole('alert')).textContent).toBe('이 작업을 할 권한이 없습니다.');
  });
});

describe('LedgerWithActions', () => {
  const line = (id: string, source: 'manual' | 'reversal', hours: number, reversesId: string | null = null) => ({
    __typename: 'CreditEntry' as const,
    id,
    source,
    hours,
    topic: 'maternal',
    earnedOn: '2027-01-05',
    note: null,
    reversesId,
  });

  it('reverses a line only with a reason; a reversed line offers no second reversal', async () => {
    const ledger: WorkerDetail['ledger'] = [line('r1', 'reversal', -2, 'c1'), line('c1', 'manual', 2), line('c2', 'manual', 3)];
    const mocks = [
      mocked({
        request: { query: ReverseCreditEntryDocument, variables: { id: 'c2', reason: '중복 입력' } },
        result: { data: { reverseCreditEntry: { __typename: 'CreditEntry', id: 'r2' } } },
      }),
    ];
    renderWithProviders(<LedgerWithActions workerId="w1" ledger={ledger} />, { mocks });
    expect(screen.getAllByRole('button', { name: '바로잡기' })).toHaveLength(1);
    expect(screen.getByText('바로잡음')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '바로잡기' }));
    expect(screen.getByRole('form').textContent).toContain('반대 줄(−3시간)을 더합니다');
    fireEvent.click(screen.getByRole('button', { name: '반대 줄 더하기' }));
    expect(screen.getByRole('alert').textContent).toBe('사유를 적으십시오.');
    fireEvent.change(screen.getByRole('textbox', { name: /^사유/ }), { target: { value: '중복 입력' } });
    fireEvent.click(screen.getByRole('button', { name: '반대 줄 더하기' }));
    expect(await screen.findByText('2027년 1월 5일의 3시간 줄을 바로잡았습니다.')).toBeTruthy();
  });
});
