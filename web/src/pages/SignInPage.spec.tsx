import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../app/i18n';
import { LoginDocument } from '../features/auth/auth.generated';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import SignInPage from './SignInPage';
import { meUser } from '../test/me';

const credentials = { username: 'trainee', password: 'wrong' };

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText(i18n.t('auth.username')), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(i18n.t('auth.password')), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: i18n.t('auth.signIn') }));
}

const rejected = (code: string) =>
  mocked({
    request: { query: LoginDocument, variables: credentials },
    result: graphqlError(code, '서버 통보문', 'Server message'),
  });

describe('SignInPage', () => {
  it('shows the Korean message for INVALID_CREDENTIALS', async () => {
    renderWithProviders(<SignInPage />, { mocks: [rejected('INVALID_CREDENTIALS')], route: '/login' });

    signIn('trainee', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('사용자이름 또는 암호가 틀렸습니다.');
    expect(screen.getByTestId('location').textContent).toBe('/login');
  });

  it('shows the English message once English is chosen', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<SignInPage />, { mocks: [rejected('INVALID_CREDENTIALS')], route: '/login' });

    signIn('trainee', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Incorrect username or password.');
  });

  it("falls back to the server's message for a code it has no text for", async () => {
    renderWithProviders(<SignInPage />, { mocks: [rejected('SOMETHING_NEW')], route: '/login' });

    signIn('trainee', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('서버 통보문');
  });

  it('goes to the requested page after signing in', async () => {
    const user = meUser('u1', ['trainee'], { username: 'trainee', displayName: '김영희' });
    const mocks = [
      mocked({
        request: { query: LoginDocument, variables: { username: 'trainee', password: 'dari-demo' } },
        result: { data: { login: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00Z', user } } },
      }),
    ];
    renderWithProviders(<SignInPage />, { mocks, route: '/login?next=%2Fcourses%2Fanc' });

    signIn('trainee', 'dari-demo');

    await screen.findByText('/courses/anc');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
