import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../app/i18n';
import { Figure } from './Figure';
import { isLowData, setLowData, slowLink } from './lowData';

afterEach(() => {
  document.cookie = 'dari_low_data=; path=/; max-age=0';
});

describe('low-data mode', () => {
  it('follows Save-Data and 2G-class links unless the reader chose', () => {
    expect(slowLink({ saveData: true })).toBe(true);
    expect(slowLink({ effectiveType: 'slow-2g' })).toBe(true);
    expect(slowLink({ effectiveType: '2g' })).toBe(true);
    expect(slowLink({ effectiveType: '4g' })).toBe(false);
    expect(slowLink(undefined)).toBe(false);
    expect(isLowData('auto', { saveData: true })).toBe(true);
    expect(isLowData('off', { saveData: true })).toBe(false);
    expect(isLowData('on', { effectiveType: '4g' })).toBe(true);
  });

  it('is kept on the device and told to the server by a cookie', () => {
    setLowData('on');
    expect(localStorage.getItem('dari.lowData')).toBe('on');
    expect(document.cookie).toContain('dari_low_data=on');
    setLowData('off');
    expect(document.cookie).not.toContain('dari_low_data=on');
  });

  it('defers a figure until tapped: its alt text and a button, no image requested', () => {
    setLowData('on');
    const { container } = render(<Figure src="/media/a.svg" alt="혈압 재는 방법" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('혈압 재는 방법')).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole('button', { name: '그림 보기' })));
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/media/a.svg');
  });

  it('shows figures at once when off', () => {
    act(() => setLowData('off'));
    const { container } = render(<Figure src="/media/a.svg" alt="혈압 재는 방법" />);
    expect(container.querySelector('img')).not.toBeNull();
  });
});
