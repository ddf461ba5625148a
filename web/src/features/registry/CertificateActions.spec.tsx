import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurriculaDocument } from '../curricula/curricula.generated';
import { graphqlError, renderWithProviders, mocked } from '../../test/render';
import { IssueCurriculumCertificateDocument, RevokeCertificateDocument } from './actions.generated';
import { IssueCertificate, RevokeCertificate } from './CertificateActions';
import type { WorkerCertificate } from './model';

const certificate: WorkerCertificate = {
  __typename: 'Certificate',
  id: 'c1',
  title: '비전염성질병 관리 수료',
  kind: 'curriculum',
  issuedAt: '2027-01-05T10:00:00Z',
  shortCode: 'PGGV-1TP7-34',
  pdfPath: '/certificates/c1.pdf',
  revokedAt: null,
};
const curricula = mocked({
  request: { query: CurriculaDocument },
  result: {
    data: {
      curricula: [
        {
          __typename: 'Curriculum',
          id: 'ncd-primary',
          title: '비전염성질병 관리',
          titleEn: 'NCDs (primary care)',
          summary: null,
          summaryEn: null,
          courses: [],
        },
      ],
    },
  },
});

describe('certificate actions', () => {
  it('revokes a certificate only with a reason, saying it goes on the revocation list', async () => {
    const mocks = [
      mocked({
        request: { query: RevokeCertificateDocument, variables: { id: 'c1', reason: '잘못 발급' } },
        result: {
          data: {
            revokeCertificate: { __typename: 'Certificate', id: 'c1', shortCode: 'PGGV-1TP7-34', revokedAt: '2027-01-06T00:00:00Z' },
          },
        },
      }),
    ];
    renderWithProviders(<RevokeCertificate certificate={certificate} />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '증서 취소' }));
    const form = screen.getByRole('form', { name: '증서 PGGV-1TP7-34 취소' });
    expect(form.textContent).toContain('《비전염성질병 관리 수료》 증서(PGGV-1TP7-34)를 취소합니다. 서명된 취소목록에 오르므로');
    fireEvent.click(screen.getByRole('button', { name: '증서 취소하기' }));
    expect(screen.getByRole('alert').textContent).toBe('사유를 적으십시오.');
    fireEvent.change(screen.getByRole('textbox', { name: /^사유/ }), { target: { value: '잘못 발급' } });
    fireEvent.click(screen.getByRole('button', { name: '증서 취소하기' }));
    // Closed once the API has answered (the list then shows the refetched state).
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('issues a completion certificate, or shows why the API refuses', async () => {
    const issue = mocked({
      request: { query: IssueCurriculumCertificateDocument, variables: { workerId: 'w1', curriculumId: 'ncd-primary' } },
    });
    const mocks = [
      curricula,
      {
        ...issue,
        result: graphqlError(
          'NOT_COMPLETED',
          '이 교육과정의 모든 과정을 마치지 않았습니다.',
          'Not every course of this curriculum is completed.',
        ),
      },
      {
        ...issue,
        result: {
          data: { issueCurriculumCertificate: { __typename: 'Certificate', id: 'c2', shortCode: 'AAAA-BBBB-CC', revokedAt: null } },
        },
      },
    ];
    renderWithProviders(<IssueCertificate workerId="w1" />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: '수료증 발급' }));
    await screen.findByRole('option', { name: '비전염성질병 관리' });
    fireEvent.click(screen.getByRole('button', { name: '발급하기' }));
    expect(screen.getByRole('alert').textContent).toBe('교육과정을 고르십시오.');
    fireEvent.change(screen.getByLabelText('교육과정'), { target: { value: 'ncd-primary' } });
    fireEvent.click(screen.getByRole('button', { name: '발급하기' }));
    expect((await screen.findByRole('alert')).textContent).toBe('이 교육과정의 모든 과정을 마치지 않았습니다.');
    fireEvent.click(screen.getByRole('button', { name: '발급하기' }));
    expect(await screen.findByText('《비전염성질병 관리》 수료증을 발급하였습니다. 확인번호 AAAA-BBBB-CC.')).toBeTruthy();
  });
});
