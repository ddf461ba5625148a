import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlError, renderWithProviders } from '../test/render';
import { PDF_PATH, readerMock, selfAssessmentMock, TEXTBOOK_ID } from '../test/textbook';
import TextbookReaderPage from './TextbookReaderPage';

const STORAGE_KEY = `dari.readingPlace.${TEXTBOOK_ID}`;
const storedPlace = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;

function renderReader(sectionId: string, mock: object = readerMock, ...more: object[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/textbooks/:textbookId/:sectionId" element={<TextbookReaderPage />} />
    </Routes>,
    { mocks: [mock, ...more] as (typeof readerMock)[], route: `/textbooks/${TEXTBOOK_ID}/${sectionId}` },
  );
}

function setScrollY(value: number) {
  Object.defineProperty(window, 'scrollY', { value, configurable: true });
}

afterEach(() => {
  setScrollY(0);
  vi.restoreAllMocks();
});

describe('TextbookReaderPage', () => {
  it('shows the section with its number, the contents with the current section marked, and its references', async () => {
    renderReader('antenatal-care-basics');

    expect(await screen.findByRole('heading', { level: 1, name: '1.1 산전관리의 기초' })).toBeTruthy();
    expect(screen.getByText('제1장 임신기 관리', { selector: '.eyebrow' })).toBeTruthy();
    const contents = screen.getByRole('navigation', { name: '차례' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['1.1 산전관리의 기초', '1.2 임신기 빈혈', '2.1 위험징후']);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(['page', null, null]);
    expect(within(contents).getByText('제2장 해산과 해산 후')).toBeTruthy();
    // The body's own reference list is replaced by the structured one, with links.
    expect(screen.getAllByRole('heading', { name: '참고문헌' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'WHO recommendations' }).getAttribute('href')).toBe('https://www.who.int/');
    expect(screen.getByRole('link', { name: '온라인 강의로 보기' }).getAttribute('href')).toBe('/lessons/antenatal-care-basics');
    expect(screen.getByRole('link', { name: 'PDF 내려받기' }).getAttribute('href')).toBe(PDF_PATH);
    const breadcrumb = screen.getByRole('navigation', { name: '현재 위치' });
    expect(within(breadcrumb).getByRole('link', { name: '모성 및 신생아 보건' }).getAttribute('href')).toBe(`/textbooks/${TEXTBOOK_ID}`);
  });

  it('folds the contents behind a button that says whether they are open', async () => {
    renderReader('anaemia-in-pregnancy');

    const toggle = await screen.findByRole('button', { name: '차례' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.className).toContain('is-open');
  });

  it('goes on to the next chapter from the last section of one, and back', async () => {
    renderReader('anaemia-in-pregnancy');

    const pager = await screen.findByRole('navigation', { name: '절 이동' });
    expect(
      within(pager)
        .getByRole('link', { name: /이전 절/ })
        .getAttribute('href'),
    ).toBe(`/textbooks/${TEXTBOOK_ID}/antenatal-care-basics`);
    fireEvent.click(within(pager).getByRole('link', { name: '다음 절 2.1 위험징후' }));

    expect(await screen.findByRole('heading', { level: 1, name: '2.1 위험징후' })).toBeTruthy();
    expect(screen.getByText('제2장 해산과 해산 후', { selector: '.eyebrow' })).toBeTruthy();
    const nextPager = screen.getByRole('navigation', { name: '절 이동' });
    expect(within(nextPager).getAllByRole('link')).toHaveLength(1);
    expect(within(nextPager).getByRole('link', { name: '이전 절 1.2 임신기 빈혈' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '온라인 강의로 보기' })).toBeNull();
  });

  it('remembers the section and, shortly after scrolling, the scroll position', async () => {
    renderReader('anaemia-in-pregnancy');
    await screen.findByRole('heading', { level: 1, name: '1.2 임신기 빈혈' });
    expect(storedPlace()).toEqual({ sectionId: 'anaemia-in-pregnancy', scrollY: 0 });

    setScrollY(480);
    fireEvent.scroll(window);
    await waitFor(() => expect(storedPlace()).toEqual({ sectionId: 'anaemia-in-pregnancy', scrollY: 480 }));

    setScrollY(0);
    fireEvent.click(screen.getByRole('link', { name: '다음 절 2.1 위험징후' }));
    await screen.findByRole('heading', { level: 1, name: '2.1 위험징후' });
    expect(storedPlace()).toEqual({ sectionId: 'danger-signs', scrollY: 0 });
  });

  it('returns to the remembered position when the remembered section is opened again', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ sectionId: 'anaemia-in-pregnancy', scrollY: 640 }));
    renderReader('anaemia-in-pregnancy');

    await screen.findByRole('heading', { level: 1, name: '1.2 임신기 빈혈' });
    expect(scrollTo).toHaveBeenCalledWith(0, 640);
  });

  it('starts another section at the top', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ sectionId: 'anaemia-in-pregnancy', scrollY: 640 }));
    renderReader('danger-signs');

    await screen.findByRole('heading', { level: 1, name: '2.1 위험징후' });
    expect(scrollTo).not.toHaveBeenCalledWith(0, 640);
    expect(storedPlace()).toEqual({ sectionId: 'danger-signs', scrollY: 0 });
  });

  it('says so for a section that is not in the textbook', async () => {
    renderReader('no-such-section');
    expect(await screen.findByRole('heading', { level: 1, name: '찾는 내용이 없습니다.' })).toBeTruthy();
  });

  it('says so for a textbook that does not exist', async () => {
    renderReader('x', { request: readerMock.request, result: graphqlError('NOT_FOUND') });
    expect(await screen.findByRole('heading', { level: 1, name: '찾는 내용이 없습니다.' })).toBeTruthy();
  });

  it("shows the chapter's self-assessment after its last section, each answer revealed on request", async () => {
    renderReader('anaemia-in-pregnancy', readerMock, selfAssessmentMock);

    const questions = await screen.findByRole('region', { name: '자체평가' });
    expect(within(questions).getByText('첫 산전접촉은 언제까지 하는가?')).toBeTruthy();
    const options = within(questions).getByText('임신 12주').closest('ol')!;
    expect(
      within(options)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['임신 12주', '임신 20주', '임신 28주']);
    expect(options.className).toBe('self-assessment__options');
    const answer = within(questions).getByText('WHO는 임신 12주까지 첫 접촉을 권고한다.', { exact: false });
    expect(answer.closest('details')?.open).toBe(false);
    fireEvent.click(within(questions).getByText('답 보기'));
    expect(answer.closest('details')?.open).toBe(true);
  });

  it('shows no self-assessment in the middle of a chapter', async () => {
    renderReader('antenatal-care-basics', readerMock, selfAssessmentMock);

    expect(await screen.findByRole('heading', { level: 1, name: '1.1 산전관리의 기초' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '자체평가' })).toBeNull();
  });
});
