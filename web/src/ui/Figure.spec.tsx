import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Figure } from './Figure';

const ALT = '황산마그네슘 다음 용량을 주기 전의 확인 순서';
// 640 units wide with 11-unit text: readable from 640 × 12 / 11 = 698.2 px on.
const SVG = '<svg viewBox="0 0 640 420" width="640" font-size="14"><text font-size="11">예</text></svg>';

function serveSvg() {
  const fetch = vi.fn(async () => new Response(SVG, { headers: { 'Content-Type': 'image/svg+xml' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const image = () => within(screen.getByRole('figure')).getByAltText(ALT);
const opener = () => screen.getByRole('button', { description: '크게 보기' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Figure', () => {
  it('shows the image with its alt for screen readers and the same text as a visible caption', () => {
    const { container } = render(<Figure src="/media/caption.png" alt={ALT} />);
    expect(image().getAttribute('src')).toBe('/media/caption.png');
    const caption = container.querySelector('figure > figcaption');
    expect(caption?.textContent).toBe(ALT);
    expect(caption?.getAttribute('aria-hidden')).toBe('true');
  });

  it('never draws an SVG figure narrower than the width at which its smallest text is 12 px', async () => {
    const fetch = serveSvg();
    render(<Figure src="/media/checks.svg" alt={ALT} />);
    await waitFor(() => expect(image().style.minWidth).toBe('699px'));
    expect(fetch).toHaveBeenCalledWith('/media/checks.svg');
  });

  it('leaves the width alone when the SVG cannot be read', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    render(<Figure src="/media/missing.svg" alt={ALT} />);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(image().style.minWidth).toBe('');
  });

  it('opens enlarged in a modal dialog named by the figure, focusing its close button', async () => {
    serveSvg();
    render(<Figure src="/media/enlarge.svg" alt={ALT} />);
    await waitFor(() => expect(image().style.minWidth).toBe('699px'));

    fireEvent.click(opener());

    const dialog = screen.getByRole('dialog', { name: ALT });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '닫기' }));
    // Half as large again as the readable size, so its smallest text is 18 px.
    expect(within(dialog).getByAltText(ALT).style.width).toBe('1049px');
    // The page behind can neither be reached nor scrolled meanwhile.
    expect(document.querySelector('figure')?.closest('[inert]')).not.toBeNull();
    expect(document.documentElement.style.overflow).toBe('hidden');
  });

  it('closes on Escape or the close button, giving the page and the focus back', () => {
    render(<Figure src="/media/close.png" alt={ALT} />);

    fireEvent.click(opener());
    fireEvent.keyDown(document.activeElement ?? document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener());
    expect(document.querySelector('[inert]')).toBeNull();
    expect(document.documentElement.style.overflow).toBe('');

    fireEvent.click(opener());
    fireEvent.click(screen.getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener());
  });

  it('keeps Tab inside the dialog', () => {
    render(<Figure src="/media/tab.png" alt={ALT} />);
    fireEvent.click(opener());
    const close = screen.getByRole('button', { name: '닫기' });
    const body = screen.getByRole('dialog').querySelector<HTMLElement>('[tabindex="0"]');

    body?.focus();
    fireEvent.keyDown(body ?? document, { key: 'Tab' });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(body);
  });
});
