import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../app/i18n';
import { renderWithProviders } from '../test/render';
import { PDF_PATH, TEXTBOOK_ID, textbooksMock } from '../test/textbook';
import TextbooksPage from './TextbooksPage';

describe('TextbooksPage', () => {
  it('lists the textbooks with both titles, their edition and section count, and the PDF', async () => {
    renderWithProviders(<TextbooksPage />, { mocks: [textbooksMock], route: '/textbooks' });

    const title = await screen.findByRole('link', { name: '모성 및 신생아 보건' });
    expect(title.getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}`);
    const card = title.closest('article') as HTMLElement;
    expect(within(card).getByText('Maternal and newborn care').getAttribute('lang')).toBe('en');
    expect(within(card).getByText('판차').nextElementSibling?.textContent).toBe('2');
    expect(within(card).getByText('절 수').nextElementSibling?.textContent).toBe('3');
    expect(within(card).getByRole('link', { name: 'PDF 내려받기' }).getAttribute('href')).toBe(PDF_PATH);
  });

  it('shows the Korean title second when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<TextbooksPage />, { mocks: [textbooksMock], route: '/textbooks' });

    const title = await screen.findByRole('link', { name: 'Maternal and newborn care' });
    const card = title.closest('article') as HTMLElement;
    expect(within(card).getByText('모성 및 신생아 보건').getAttribute('lang')).toBe('ko');
    expect(within(card).getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(PDF_PATH);
  });
});
