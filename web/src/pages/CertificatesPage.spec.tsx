import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyCertificatesDocument, type MyCertificatesQuery } from '../features/certificates/certificates.generated';
import type { MyCertificate } from '../features/certificates/model';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import CertificatesPage from './CertificatesPage';

const certificate = (overrides: Pick<MyCertificate, 'id' | 'title' | 'shortCode' | 'pdfPath'> & Partial<MyCertificate>): MyCertificate => ({
  __typename: 'Certificate',
  kind: 'curriculum',
  credential: '{"id":"urn:uuid:c1"}',
  issuedAt: '2026-12-01T03:00:00.000Z',
  revokedAt: null,
  revokedReason: null,
  ...overrides,
});

const mock = (myWorker: MyCertificatesQuery['myWorker']) =>
  mocked({ request: { query: MyCertificatesDocument }, result: { data: { myWorker } } });

describe('CertificatesPage', () => {
  it('lists the certificates with their short codes, PDFs and a link to verify them; revoked ones say so', async () => {
    const certificates = [
      certificate({ id: 'c1', title: '결핵 1차 진료 과정 수료', shortCode: 'PGGV-1TP7-34', pdfPath: '/certificates/c1.pdf' }),
      certificate({
        id: 'c2',
        kind: 'licence_renewal',
        title: '조산원 면허 갱신',
        shortCode: 'AB12-CD34-EF',
        pdfPath: '/certificates/c2.pdf',
        revokedAt: '2026-12-03T03:00:00.000Z',
        revokedReason: '기록 오류',
      }),
    ];
    renderWithProviders(<CertificatesPage />, { mocks: [mock({ __typename: 'Worker', id: 'w1', certificates })] });

    expect(screen.getByRole('heading', { level: 1, name: '나의 증서' })).toBeTruthy();
    const completion = await screen.findByRole('article', { name: '결핵 1차 진료 과정 수료' });
    const renewal = screen.getByRole('article', { name: '조산원 면허 갱신' });
    expect(within(completion).getByText('수료증')).toBeTruthy();
    expect(within(completion).getByText('PGGV-1TP7-34')).toBeTruthy();
    expect(within(completion).getByText('유효')).toBeTruthy();
    const pdf = within(completion).getByRole('link', { name: '증서 PDF 내려받기' });
    expect(pdf.getAttribute('href')).toBe('/certificates/c1.pdf');
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(within(completion).getByRole('link', { name: '증서 확인' }).getAttribute('href')).toBe(
      `/verify#${encodeURIComponent('{"id":"urn:uuid:c1"}')}`,
    );

    expect(within(renewal).getByText('면허갱신증')).toBeTruthy();
    expect(within(renewal).getByText(/^취소됨 \(2026년 12월 3일\)$/)).toBeTruthy();
    expect(within(renewal).getByText('기록 오류')).toBeTruthy();
    expect(within(renewal).queryByRole('link', { name: '증서 PDF 내려받기' })).toBeNull();
  });

  it('says when there are none yet', async () => {
    renderWithProviders(<CertificatesPage />, { mocks: [mock({ __typename: 'Worker', id: 'w1', certificates: [] })] });
    expect(await screen.findByText(/아직 받은 증서가 없습니다/)).toBeTruthy();
  });

  it('tells users who are not health workers that certificates are for workers', async () => {
    renderWithProviders(<CertificatesPage />, { mocks: [mock(null)] });
    expect(await screen.findByText('보건일군으로 등록된 사용자에게만 증서가 발급됩니다.')).toBeTruthy();
  });

  it('says the same when the API refuses the worker record', async () => {
    renderWithProviders(<CertificatesPage />, { mocks: [{ ...mock(null), result: graphqlError('FORBIDDEN') }] });
    expect(await screen.findByText('보건일군으로 등록된 사용자에게만 증서가 발급됩니다.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
