import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError, renderWithProviders, mocked } from '../../test/render';
import { RenewLicenceDocument, SuspendLicenceDocument } from './actions.generated';
import { LicenceActions } from './LicenceActions';
import type { WorkerLicence } from './model';

const licence = (eligible: boolean, status: WorkerLicence['status'] = 'active'): WorkerLicence => ({
  __typename: 'Licence',
  id: 'l1',
  number: 'PN-000001',
  status,
  statusReason: null,
  issuedOn: '2025-01-01',
  expiresOn: '2030-01-01',
  type: { __typename: 'LicenceType', id: 'midwife', name: '조산원 면허', nameEn: 'Midwife licence' },
  eligibility: {
    __typename: 'Eligibility',
    cycleStart: '2025-01-01',
    deadline: '2030-01-01',
    required: 50,
    earned: eligible ? 50 : 20,
    remaining: eligible ? 0 : 30,
    eligible,
    topics: [],
  },
});

const renewed = (reason: string | null) =>
  mocked({
    request: { query: RenewLicenceDocument, variables: { id: 'l1', reason, expiresOn: '2030-01-01' } },
    result: { data: { renewLicence: { __typename: 'Licence', id: 'l1', status: 'active', expiresOn: '2035-01-01' } } },
  });

const confirmButton = (name: string) => screen.getByRole('button', { name });
const reasonBox = () => screen.getByRole('textbox', { name: /^사유/ });

describe('LicenceActions', () => {
  it('offers only what the status allows', () => {
    renderWithProviders(<LicenceActions licence={licence(true, 'suspended')} />);
    const group = screen.getByRole('group', { name: '면허 PN-000001 조작' });
    expect([...group.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['복구', '취소']);
  });

  it('renews an eligible licence without a reason, after saying what will happen', async () => {
    renderWithProviders(<LicenceActions licence={licence(true)} />, { mocks: [renewed(null)] });
    fireEvent.click(screen.getByRole('button', { name: '갱신' }));
    const form = screen.getByRole('form', { name: '면허 PN-000001 갱신' });
    expect(form.textContent).toContain('면허 PN-000001의 유효기간을 한 주기 연장하고 면허갱신증을 발급합니다.');
    expect(form.textContent).toContain('이번 주기 학점을 갖추었습니다: 50시간 가운데 50시간.');
    expect(reasonBox().getAttribute('aria-required')).toBe('false');
    fireEvent.click(confirmButton('갱신하기'));
    expect(await screen.findByText('면허를 갱신하였습니다. 새 만기일: 2035년 1월 1일.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  const notEligible = (remaining: number) => {
    const result = graphqlError(
      'NOT_ELIGIBLE',
      `갱신에 필요한 학점이 ${remaining}시간 모자랍니다. 사유를 적어 례외로 갱신할수 있습니다.`,
      `${remaining} credit hours are still missing for renewal; an exception needs a written reason.`,
    );
    (result.errors[0].extensions as Record<string, unknown>).remaining = remaining;
    return mocked({ request: { query: RenewLicenceDocument, variables: { id: 'l1', reason: null, expiresOn: '2030-01-01' } }, result });
  };

  it('short of credits: marks the reason required, shows the API’s NOT_ELIGIBLE message, then needs a reason', async () => {
    renderWithProviders(<LicenceActions licence={licence(false)} />, { mocks: [notEligible(30), renewed('도 보건국 결정')] });
    fireEvent.click(screen.getByRole('button', { name: '갱신' }));
    expect(screen.getByText('학점이 30시간 모자랍니다 (50시간 가운데 20시간). 례외로 갱신하려면 사유를 적어야 합니다.')).toBeTruthy();
    expect(reasonBox().getAttribute('aria-required')).toBe('true');
    fireEvent.click(confirmButton('갱신하기'));
    const message = await screen.findByText('갱신에 필요한 학점이 30시간 모자랍니다. 사유를 적어 례외로 갱신할수 있습니다.');
    expect(message.getAttribute('role')).toBe('alert');
    // Asked once; now the form itself insists on the reason.
    fireEvent.click(confirmButton('갱신하기'));
    expect(screen.getByText('사유를 적으십시오.')).toBeTruthy();
    fireEvent.change(reasonBox(), { target: { value: '  도 보건국 결정 ' } });
    fireEvent.click(confirmButton('갱신하기'));
    expect(await screen.findByText(/면허를 갱신하였습니다/)).toBeTruthy();
  });

  it('trusts the API over the page: a NOT_ELIGIBLE answer for a licence shown eligible requires a reason', async () => {
    renderWithProviders(<LicenceActions licence={licence(true)} />, { mocks: [notEligible(4), renewed('실습 확인')] });
    fireEvent.click(screen.getByRole('button', { name: '갱신' }));
    expect(reasonBox().getAttribute('aria-required')).toBe('false');
    fireEvent.click(confirmButton('갱신하기'));
    await screen.findByText('갱신에 필요한 학점이 4시간 모자랍니다. 사유를 적어 례외로 갱신할수 있습니다.');
    expect(screen.getByText(/학점이 4시간 모자랍니다 \(/)).toBeTruthy();
    expect(reasonBox().getAttribute('aria-required')).toBe('true');
    fireEvent.change(reasonBox(), { target: { value: '실습 확인' } });
    fireEvent.click(confirmButton('갱신하기'));
    expect(await screen.findByText(/면허를 갱신하였습니다/)).toBeTruthy();
  });

  it('names the cycle it renews, and shows ALREADY_RENEWED when someone renewed it meanwhile', async () => {
    const mocks = [
      mocked({
        request: { query: RenewLicenceDocument, variables: { id: 'l1', reason: null, expiresOn: '2030-01-01' } },
        result: graphqlError(
          'ALREADY_RENEWED',
          '이 면허는 이미 갱신되였습니다. 만기일: 2035-01-01',
          'This licence has already been renewed; it expires on 2035-01-01.',
        ),
      }),
    ];
    renderWithProviders(<LicenceActions licence={licence(true)} />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '갱신' }));
    fireEvent.click(confirmButton('갱신하기'));
    expect((await screen.findByRole('alert')).textContent).toBe('이 면허는 이미 갱신되였습니다. 만기일: 2035-01-01');
  });

  it('suspends only with a reason, and shows the API’s message in English too', async () => {
    const mocks = [
      mocked({
        request: { query: SuspendLicenceDocument, variables: { id: 'l1', reason: '조사중' } },
        result: graphqlError(
          'INVALID_TRANSITION',
          'suspended 상태의 면허에는 이 조작(suspended)을 할수 없습니다.',
          'A licence that is suspended cannot be suspended.',
        ),
      }),
    ];
    const { i18n } = await import('../../app/i18n').then((module) => ({ i18n: module.default }));
    renderWithProviders(<LicenceActions licence={licence(true)} />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '정지' }));
    fireEvent.click(confirmButton('정지하기'));
    expect(screen.getByRole('alert').textContent).toBe('사유를 적으십시오.');
    fireEvent.change(reasonBox(), { target: { value: '조사중' } });
    await i18n.changeLanguage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Suspend licence' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A licence that is suspended cannot be suspended.');
  });
});
