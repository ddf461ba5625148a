import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SignInPage from '../pages/SignInPage';
import { renderWithProviders } from '../test/render';
import { Layout } from './Layout';

describe('LanguageSwitch', () => {
  it('switches the interface from Korean to English and remembers the choice', async () => {
    renderWithProviders(
      <Layout>
        <SignInPage />
      </Layout>,
    );
    expect(screen.getByLabelText('사용자이름')).toBeTruthy();
    expect(screen.getByRole('button', { name: '조선어' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    // English is fetched on first use.
    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByLabelText('사용자이름')).toBeNull();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('dari.language')).toBe('en');
  });
});
