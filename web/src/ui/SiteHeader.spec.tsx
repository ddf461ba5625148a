import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Link } from 'react-router';
import { renderWithProviders } from '../test/render';
import { Layout } from './Layout';

function Page() {
  return (
    <Layout
      navigation={
        <nav aria-label="기본차림표">
          <Link to="/catalogue">모든 과정</Link>
          <Link to="/">과정 목록</Link>
        </nav>
      }
      actions={<button type="button">나가기</button>}
      status={<p role="status">학습기록 2개를 보관하였다가 보냅니다.</p>}
    >
      <p>본문</p>
    </Layout>
  );
}

const menuButton = () => screen.getByRole('button', { name: '차림표' });
const menu = () => document.getElementById(menuButton().getAttribute('aria-controls') ?? '');

describe('SiteHeader menu', () => {
  it('folds the navigation and actions behind a button that says whether it is open', () => {
    renderWithProviders(<Page />);

    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(menu()?.contains(screen.getByRole('navigation', { name: '기본차림표' }))).toBe(true);
    expect(menu()?.contains(screen.getByRole('button', { name: '나가기' }))).toBe(true);
    expect(menu()?.className).not.toContain('is-open');
    // The status stays outside the menu, in view while it is closed.
    expect(menu()?.contains(screen.getByText(/^학습기록 2개/))).toBe(false);

    fireEvent.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(menu()?.className).toContain('is-open');

    fireEvent.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and gives the focus back to its button', () => {
    renderWithProviders(<Page />);
    fireEvent.click(menuButton());
    screen.getByRole('link', { name: '모든 과정' }).focus();

    fireEvent.keyDown(document.activeElement ?? document, { key: 'Escape' });

    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes when a link in it navigates, and when a link to the page shown is followed', () => {
    renderWithProviders(<Page />);
    fireEvent.click(menuButton());

    fireEvent.click(screen.getByRole('link', { name: '모든 과정' }));
    expect(screen.getByTestId('location').textContent).toBe('/catalogue');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('link', { name: '모든 과정' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes when the reader touches the page outside the header, not inside it', () => {
    renderWithProviders(<Page />);
    fireEvent.click(menuButton());

    fireEvent.pointerDown(screen.getByRole('button', { name: '나가기' }));
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');

    fireEvent.pointerDown(screen.getByText('본문'));
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('speaks English when the interface does', async () => {
    renderWithProviders(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Menu' })).toBeTruthy();
  });

  it('has no menu button where there is no navigation to fold, e.g. on the sign-in page', () => {
    renderWithProviders(
      <Layout>
        <p>들어가기</p>
      </Layout>,
    );
    expect(screen.queryByRole('button', { name: '차림표' })).toBeNull();
    expect(screen.getByRole('button', { name: '조선어' })).toBeTruthy();
  });
});
