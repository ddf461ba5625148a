import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TextbookIndexDocument } from '../features/textbooks/apparatus.generated';
import { mocked, renderWithProviders } from '../test/render';
import { indexMock, TEXTBOOK_ID, textbookIndex } from '../test/textbook';
import TextbookIndexPage from './TextbookIndexPage';

function renderIndex(mock: object = indexMock) {
  return renderWithProviders(
    <Routes>
      <Route path="/textbooks/:textbookId/index" element={<TextbookIndexPage />} />
    </Routes>,
    { mocks: [mock as typeof indexMock], route: `/textbooks/${TEXTBOOK_ID}/index` },
  );
}

describe('TextbookIndexPage', () => {
  it('lists each term with links to the sections that contain it', async () => {
    renderIndex();

    expect(await screen.findByRole('heading', { level: 1, name: '찾아보기' })).toBeTruthy();
    const term = screen.getByText('혈색소', { selector: 'dt' });
    const links = within(term.nextElementSibling as HTMLElement).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['산전관리의 기초', `/textbooks/${TEXTBOOK_ID}/antenatal-care-basics`],
      ['임신기 빈혈', `/textbooks/${TEXTBOOK_ID}/anaemia-in-pregnancy`],
    ]);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['위험징후', '혈색소']);
    expect(screen.getByRole('link', { name: '모성 및 신생아 보건' }).getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}`);
  });

  it('shows the glossary annex with North and South terms, English and INN, marking proposed terms', async () => {
    renderIndex();

    const annex = await screen.findByRole('region', { name: '용어대조표' });
    const rows = within(annex)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['북측 용어', '남측 용어', '영어', '약의 국제이름(INN)'],
      ['애기집', '자궁', 'uterus', ''],
      ['애기집수축약 *', '자궁수축제', '', 'oxytocin'],
    ]);
    expect(within(annex).getByText(/아직 북측 교원들이 확인하지 않은 제안용어/, { selector: 'p' })).toBeTruthy();
  });

  it('says so when the book has no index', async () => {
    const empty = mocked({
      request: { query: TextbookIndexDocument, variables: { id: TEXTBOOK_ID } },
      result: { data: { textbook: { ...textbookIndex, index: [], glossaryAnnex: [] } } },
    });
    renderIndex(empty);

    expect(await screen.findByText('이 교과서에는 찾아보기가 없습니다.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '용어대조표' })).toBeNull();
  });
});
