import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { coverMock, PDF_PATH, TEXTBOOK_ID } from '../test/textbook';
import TextbookPage from './TextbookPage';

function renderCover() {
  return renderWithProviders(
    <Routes>
      <Route path="/textbooks/:textbookId" element={<TextbookPage />} />
    </Routes>,
    { mocks: [coverMock], route: `/textbooks/${TEXTBOOK_ID}` },
  );
}

describe('TextbookPage', () => {
  it('shows the cover: summary, edition, preface and the full table of contents', async () => {
    renderCover();

    expect(await screen.findByRole('heading', { level: 1, name: '모성 및 신생아 보건' })).toBeTruthy();
    expect(screen.getByText('1차 의료일군을 위한 교과서.')).toBeTruthy();
    expect(screen.getByText('판차').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByText('고친 날').nextElementSibling?.textContent).toBe('2026년 5월 1일');
    // The preface is Markdown: its headings are real headings.
    expect(screen.getByRole('heading', { level: 2, name: '이 책을 읽는 방법' })).toBeTruthy();
    const contents = screen.getByRole('region', { name: '차례' });
    expect(within(contents).getByText('제1장 임신기 관리')).toBeTruthy();
    expect(within(contents).getByRole('link', { name: '2.1 위험징후' }).getAttribute('href')).toBe(
      `/textbooks/${TEXTBOOK_ID}/danger-signs`,
    );
    expect(screen.getByRole('link', { name: 'PDF 내려받기' }).getAttribute('href')).toBe(PDF_PATH);
    expect(screen.getByRole('link', { name: '찾아보기' }).getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}/index`);
  });

  it('starts at the first section when nothing was read yet', async () => {
    renderCover();

    const start = await screen.findByRole('link', { name: '처음부터 읽기' });
    expect(start.getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}/antenatal-care-basics`);
    expect(screen.queryByRole('link', { name: /계속 읽기/ })).toBeNull();
  });

  it('continues at the section this browser remembers, without asking the server', async () => {
    const place = { sectionId: 'anaemia-in-pregnancy', scrollY: 900 };
    localStorage.setItem(`dari.readingPlace.${TEXTBOOK_ID}`, JSON.stringify(place));
    renderCover();

    const link = await screen.findByRole('link', { name: '계속 읽기 1.2 임신기 빈혈' });
    expect(link.getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}/anaemia-in-pregnancy`);
  });
});
