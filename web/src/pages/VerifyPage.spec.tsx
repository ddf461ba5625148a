import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app/AppRoutes';
import i18n from '../app/i18n';
import { VerifyCertificateDocument, type VerifyCertificateQuery } from '../features/certificates/certificates.generated';
import { verifyLink } from '../features/certificates/paths';
import {
  qrText,
  revocationList,
  signedCertificate,
  STATUS_INDEX,
  STATUS_LIST_URL,
  statusList,
  tampered,
  throwawayKey,
} from '../test/certificates';
import { mocked, renderWithProviders } from '../test/render';
import VerifyPage from './VerifyPage';

const key = throwawayKey();
const certificate = signedCertificate(key.keyPair);
const LIST_UPDATED = '2027-01-05T10:00:00Z';

/** The server's key and list, or a network that does not answer. */
function serve({ online = true, revoked = [] as number[] } = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    if (!online) throw new TypeError('Failed to fetch');
    const path = String(input);
    const keys = [
      { id: 1, status: 'current', publicKeyMultibase: key.multibase, compromisedSince: null, statusListCredential: STATUS_LIST_URL },
    ];
    const body = path.includes('dari-certificate-key')
      ? { issuer: key.issuer, verificationMethod: `${key.issuer}#${key.multibase}`, publicKeyMultibase: key.multibase, keys }
      : path === new URL(STATUS_LIST_URL).pathname
        ? statusList(key.keyPair, LIST_UPDATED, revoked)
        : revocationList(key.keyPair, LIST_UPDATED);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function check(text: string) {
  const button = screen.getByRole('button', { name: '확인하기' });
  await vi.waitFor(() => expect(button).toHaveProperty('disabled', false));
  fireEvent.change(screen.getByLabelText('QR코드의 글자 또는 증서 JSON'), { target: { value: text } });
  fireEvent.click(button);
  return screen.findByTestId('verification-result');
}

describe('VerifyPage', () => {
  it('is public: no sign-in is asked for', async () => {
    serve();
    renderWithProviders(<AppRoutes />, { route: '/verify' });

    expect(await screen.findByRole('heading', { level: 1, name: '증서 확인' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/verify');
  });

  it('verifies QR text in the browser and shows the holder and certificate', async () => {
    serve();
    renderWithProviders(<VerifyPage />, { route: '/verify' });

    expect(await screen.findByText(/^취소목록: .* 현재$/)).toBeTruthy();
    const result = await check(qrText(certificate));
    expect(within(result).getByText('유효한 증서입니다.')).toBeTruthy();
    expect(within(result).getByText('김영희')).toBeTruthy();
    expect(within(result).getByText('조산원 면허 갱신')).toBeTruthy();
    expect(within(result).getByText('2031년 11월 22일까지')).toBeTruthy();
    expect(within(result).getByText('이 장치에서 확인하였습니다.')).toBeTruthy();
  });

  it('reports a tampered certificate, one signed by another key and garbage, each in its own words', async () => {
    serve();
    renderWithProviders(<VerifyPage />, { route: '/verify' });

    let result = await check(JSON.stringify(tampered(certificate)));
    expect(within(result).getByRole('alert').textContent).toBe(
      '이 증서는 발급된 뒤에 내용이 고쳐졌습니다. 위조된 증서이므로 믿을수 없습니다.',
    );
    expect(within(result).queryByText('박영철')).toBeNull();
    result = await check(qrText(signedCertificate(throwawayKey().keyPair)));
    expect(within(result).getByRole('alert').textContent).toContain('이 체계의 열쇠로 서명되지 않았습니다');
    result = await check('DARI1:NOT-A-CREDENTIAL');
    expect(within(result).getByRole('alert').textContent).toContain('증서를 읽을수 없습니다');
  });

  it('reports a revoked certificate with the date of the revocation list, offline from what was stored', async () => {
    serve({ revoked: [STATUS_INDEX] });
    const first = renderWithProviders(<VerifyPage />, { route: '/verify' });
    await screen.findByText(/^취소목록: /);
    first.unmount();

    serve({ online: false });
    renderWithProviders(<VerifyPage />, { route: '/verify' });
    expect(await screen.findByText('봉사기에 련결할수 없어 이 장치에 보관된 열쇠와 취소목록으로 확인합니다.')).toBeTruthy();
    const result = await check(qrText(certificate));
    expect(within(result).getByRole('alert').textContent).toMatch(/^이 증서는 취소되었습니다 \(2027년 1월 5일 .+ 현재 취소목록\)\.$/);
  });

  it('checks the credential carried in the link, in English too', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderWithProviders(<VerifyPage />, { route: verifyLink(JSON.stringify(certificate)) });

    const result = await screen.findByTestId('verification-result');
    expect(within(result).getByText('This certificate is valid.')).toBeTruthy();
    expect(screen.getByLabelText('QR code text or certificate JSON')).toHaveProperty('value', JSON.stringify(certificate));
  });

  it('says it cannot check on a device that never reached the server', async () => {
    serve({ online: false });
    renderWithProviders(<VerifyPage />, { route: '/verify' });

    const result = await check(qrText(certificate));
    expect(within(result).getByRole('alert').textContent).toBe(
      '이 장치에는 아직 확인용 열쇠가 없습니다. 망에 련결된 상태에서 이 페지를 한번 여십시오.',
    );
    expect(screen.getByText(/취소목록이 없어/)).toBeTruthy();
  });

  it('on a browser without BigInt, says it cannot check here and offers the short code', async () => {
    const fetchMock = serve();
    vi.stubGlobal('BigInt', undefined);
    renderWithProviders(<VerifyPage />, { route: '/verify' });

    expect(screen.getByRole('alert').textContent).toContain('이 열람기는 너무 오래되여');
    expect(screen.getByRole('button', { name: '확인하기' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: '봉사기에 문의' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('looks a short code up on the server, and says when it was never issued', async () => {
    serve();
    const answer = (credential: string, verifyCertificate: Omit<VerifyCertificateQuery['verifyCertificate'], '__typename'>) =>
      mocked({
        request: { query: VerifyCertificateDocument, variables: { credential } },
        result: { data: { verifyCertificate: { __typename: 'CertificateVerification', ...verifyCertificate } } },
      });
    const mocks = [
      answer('ZZZZ-ZZZZ-ZZ', {
        valid: false,
        reason: 'unknown_code',
        holderName: null,
        title: null,
        issuedOn: null,
        validUntil: null,
        shortCode: 'ZZZZ-ZZZZ-ZZ',
      }),
      answer('pggv 1tp7 34', {
        valid: true,
        reason: 'ok',
        holderName: '김영희',
        title: '조산원 면허 갱신',
        issuedOn: '2026-11-22',
        validUntil: '2031-11-22',
        shortCode: 'PGGV-1TP7-34',
      }),
    ];
    renderWithProviders(<VerifyPage />, { route: '/verify', mocks });
    expect(screen.getByText(/봉사기에 련결되여 있어야/)).toBeTruthy();
    const input = screen.getByLabelText('확인번호 (례: PGGV-1TP7-34)');
    const ask = screen.getByRole('button', { name: '봉사기에 문의' });

    fireEvent.change(input, { target: { value: 'ABC' } });
    fireEvent.click(ask);
    expect((await screen.findByRole('alert')).textContent).toBe('확인번호는 XXXX-XXXX-XX 형식으로 된 글자 10개입니다.');

    fireEvent.change(input, { target: { value: 'ZZZZ-ZZZZ-ZZ' } });
    fireEvent.click(ask);
    let result = await screen.findByTestId('verification-result');
    expect(await within(result).findByText('이 확인번호로 발급된 증서가 없습니다. 번호를 다시 확인하십시오.')).toBeTruthy();

    fireEvent.change(input, { target: { value: 'pggv 1tp7 34' } });
    fireEvent.click(ask);
    result = await screen.findByTestId('verification-result');
    expect(await within(result).findByText('유효한 증서입니다.')).toBeTruthy();
    expect(within(result).getByText('PGGV-1TP7-34')).toBeTruthy();
    expect(within(result).getByText('봉사기에서 확인하였습니다.')).toBeTruthy();
  });
});
