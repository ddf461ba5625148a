import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import i18n from '../app/i18n';
import { errorCode, errorMessage, isAuthError } from './graphqlError';

const graphqlError = (extensions: Record<string, string>) => new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('errorMessage', () => {
  it('prefers our translation of the code', () => {
    const error = graphqlError({ code: 'FORBIDDEN', messageKo: '서버 통보문' });
    expect(errorMessage(error, i18n)).toBe('이 내용을 볼 권한이 없습니다.');
  });

  it("uses the server's message in the current language for unknown codes", async () => {
    const error = graphqlError({ code: 'NEW_CODE', messageKo: '새 통보문', messageEn: 'New message' });
    expect(errorMessage(error, i18n)).toBe('새 통보문');
    await i18n.changeLanguage('en');
    expect(errorMessage(error, i18n)).toBe('New message');
  });

  it("can prefer the server's message, for input errors that say what to fix", async () => {
    const error = graphqlError({ code: 'BAD_USER_INPUT', messageKo: '2자 이상 입력하십시오.', messageEn: 'At least 2.' });
    expect(errorMessage(error, i18n)).toBe('입력한 내용이 올바르지 않습니다.');
    expect(errorMessage(error, i18n, { preferServerMessage: true })).toBe('2자 이상 입력하십시오.');
    await i18n.changeLanguage('en');
    expect(errorMessage(error, i18n, { preferServerMessage: true })).toBe('At least 2.');
  });

  it('falls back to a generic message, or a network one when the API cannot be reached', () => {
    expect(errorMessage(graphqlError({}), i18n)).toBe('문제가 생겼습니다. 다시 해보십시오.');
    expect(errorMessage(new TypeError('Failed to fetch'), i18n)).toBe(i18n.t('errors.NETWORK'));
  });

  it('reads the code from a non-2xx JSON reply', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'TOKEN_EXPIRED' } }] });
    const error = new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(errorCode(error)).toBe('TOKEN_EXPIRED');
    expect(isAuthError(error)).toBe(true);
  });
});
