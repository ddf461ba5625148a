import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../app/i18n';
import { SearchDocument } from '../features/search/search.generated';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import SearchPage from './SearchPage';

const searchMock = (query: string, result: object) =>
  mocked({
    request: { query: SearchDocument, variables: { query, first: 20 } },
    result,
  });

const link = (typename: string, id: string, title: string) => ({ __typename: typename, id, title, titleEn: `${title} (en)` });
const part = (text: string, match = false) => ({ __typename: 'SnippetPart', text, match });

const hits = [
  {
    __typename: 'SearchHit',
    kind: 'lesson',
    id: 'anaemia-in-pregnancy',
    title: '임신기 빈혈',
    titleEn: 'Anaemia in pregnancy',
    textbook: null,
    course: link('Course', 'maternal-primary-pregnancy', '임신기 관리'),
    snippet: [part('임신부의 '), part('빈혈', true), part('은 흔하다. '), part('<img src=x onerror=alert(1)>')],
  },
  {
    __typename: 'SearchHit',
    kind: 'textbook_section',
    id: 'danger-signs',
    title: '위험징후',
    titleEn: 'Danger signs',
    textbook: link('Textbook', 'maternal-primary-textbook', '모성 및 신생아 보건'),
    course: null,
    snippet: [part('<b>심한</b> '), part('빈혈', true)],
  },
];

describe('SearchPage', () => {
  it('lists lessons and textbook sections, marking only the matched words and never reading snippets as HTML', async () => {
    const mocks = [searchMock('빈혈', { data: { search: { __typename: 'SearchHitPage', total: 2, items: hits } } })];
    const { container } = renderWithProviders(<SearchPage />, { mocks, route: '/search?q=%EB%B9%88%ED%98%88' });

    const lesson = (await screen.findByRole('link', { name: '임신기 빈혈' })).closest('article') as HTMLElement;
    expect(within(lesson).getByRole('link', { name: '임신기 빈혈' }).getAttribute('href')).toBe('/lessons/anaemia-in-pregnancy');
    expect(within(lesson).getByText('강의', { selector: '.badge' })).toBeTruthy();
    expect(within(lesson).getByText('임신기 관리')).toBeTruthy();
    const section = screen.getByRole('link', { name: '위험징후' });
    expect(section.getAttribute('href')).toBe('/textbooks/maternal-primary-textbook/danger-signs');
    expect(within(section.closest('article') as HTMLElement).getByText('모성 및 신생아 보건')).toBeTruthy();

    const marks = container.querySelectorAll('mark');
    expect(Array.from(marks, (mark) => mark.textContent)).toEqual(['빈혈', '빈혈']);
    expect(lesson.querySelector('.search-hit__snippet')?.textContent).toBe('임신부의 빈혈은 흔하다. <img src=x onerror=alert(1)>');
    expect(container.querySelector('img, b, [onerror]')).toBeNull();
    expect(screen.getByText('찾은 결과: 2개')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '찾을 말' })).toHaveProperty('value', '빈혈');
  });

  it("shows the server's Korean message when the query is too short", async () => {
    const error = graphqlError('BAD_USER_INPUT', '찾을 말을 2자 이상 입력하십시오.', 'Enter at least 2 characters.');
    renderWithProviders(<SearchPage />, { mocks: [searchMock('빈', error)], route: '/search?q=%EB%B9%88' });

    expect((await screen.findByRole('alert')).textContent).toBe('찾을 말을 2자 이상 입력하십시오.');
  });

  it("shows the server's English message in English", async () => {
    await i18n.changeLanguage('en');
    const error = graphqlError('BAD_USER_INPUT', '찾을 말을 2자 이상 입력하십시오.', 'Enter at least 2 characters.');
    renderWithProviders(<SearchPage />, { mocks: [searchMock('a', error)], route: '/search?q=a' });

    expect((await screen.findByRole('alert')).textContent).toBe('Enter at least 2 characters.');
  });

  it('says when nothing was found', async () => {
    const mocks = [searchMock('없는말', { data: { search: { __typename: 'SearchHitPage', total: 0, items: [] } } })];
    renderWithProviders(<SearchPage />, { mocks, route: `/search?q=${encodeURIComponent('없는말')}` });

    expect(await screen.findByText('찾은 결과가 없습니다. 다른 말로 찾아보십시오.')).toBeTruthy();
  });

  it('puts the query in the address, trimmed, without asking the server before there is one', async () => {
    const mocks = [searchMock('산전 관리', { data: { search: { __typename: 'SearchHitPage', total: 0, items: [] } } })];
    renderWithProviders(<SearchPage />, { mocks, route: '/search' });
    expect(screen.getByText(i18n.t('search.hint'))).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: '찾을 말' }), { target: { value: ' 산전 관리 ' } });
    fireEvent.click(screen.getByRole('button', { name: '찾기' }));

    expect(screen.getByTestId('location').textContent).toBe('/search?q=%EC%82%B0%EC%A0%84%20%EA%B4%80%EB%A6%AC');
    expect(await screen.findByText('찾은 결과가 없습니다. 다른 말로 찾아보십시오.')).toBeTruthy();
  });
});
