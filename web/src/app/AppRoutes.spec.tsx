import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogoutDocument, MeDocument } from '../features/auth/auth.generated';
import { CurriculaDocument } from '../features/curricula/curricula.generated';
import { SearchDocument } from '../features/search/search.generated';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import { meUser } from '../test/me';
import { AppRoutes } from './AppRoutes';

const me = mocked({
  request: { query: MeDocument },
  result: {
    data: {
      me: meUser('u1', ['trainee'], { username: 'trainee', displayName: '김영희' }),
    },
  },
});

const curricula = mocked({
  request: { query: CurriculaDocument },
  result: {
    data: {
      curricula: [
        {
          __typename: 'Curriculum',
          id: 'maternal-primary',
          title: '모성 및 신생아 보건 (1차 의료)',
          titleEn: 'Maternal and newborn care (primary care)',
          summary: null,
          summaryEn: null,
          courses: [
            {
              __typename: 'Course',
              id: 'maternal-primary-pregnancy',
              title: '임신기 관리',
              titleEn: 'Care in pregnancy',
              topic: 'maternal',
              careLevel: 'primary',
              creditHours: 4,
              lessonCount: 2,
            },
          ],
        },
      ],
    },
  },
});

describe('AppRoutes', () => {
  it('sends a visitor without a session to sign in, remembering the page', async () => {
    const mocks = [mocked({ request: { query: MeDocument }, result: graphqlError('UNAUTHENTICATED') })];
    renderWithProviders(<AppRoutes />, { mocks, route: '/lessons/anaemia-in-pregnancy' });

    expect(await screen.findByRole('heading', { level: 1, name: '들어가기' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/login?next=%2Flessons%2Fanaemia-in-pregnancy');
  });

  it('shows the signed-in trainee their courses grouped by curriculum', async () => {
    renderWithProviders(<AppRoutes />, { mocks: [me, curricula] });

    const section = await screen.findByRole('region', { name: '모성 및 신생아 보건 (1차 의료)' });
    const link = within(section).getByRole('link', { name: '임신기 관리' });
    expect(link.getAttribute('href')).toBe('/courses/maternal-primary-pregnancy');
    expect(within(section).getByText('1차 의료')).toBeTruthy();
    expect(screen.getByText('김영희, 어서 오십시오.')).toBeTruthy();
  });

  it('links to the textbooks from the header and searches from any page', async () => {
    const search = mocked({
      request: { query: SearchDocument, variables: { query: '빈혈', first: 20 } },
      result: { data: { search: { __typename: 'SearchHitPage', total: 0, items: [] } } },
    });
    renderWithProviders(<AppRoutes />, { mocks: [me, curricula, search] });

    const navigation = await screen.findByRole('navigation', { name: '기본차림표' });
    expect(within(navigation).getByRole('link', { name: '교과서' }).getAttribute('href')).toBe('/textbooks');
    expect(within(navigation).getByRole('link', { name: '과정 목록' }).getAttribute('aria-current')).toBe('page');

    const searchForm = screen.getByRole('search');
    fireEvent.change(within(searchForm).getByRole('searchbox', { name: '찾을 말' }), { target: { value: '빈혈' } });
    fireEvent.click(within(searchForm).getByRole('button', { name: '찾기' }));

    expect(await screen.findByRole('heading', { level: 1, name: '찾기' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/search?q=%EB%B9%88%ED%98%88');
    expect(await screen.findByText('찾은 결과가 없습니다. 다른 말로 찾아보십시오.')).toBeTruthy();
    // The search page has its own form; the header's would only repeat it.
    expect(screen.getAllByRole('search')).toHaveLength(1);
  });

  it('signs out and returns to the sign-in page', async () => {
    const logout = mocked({ request: { query: LogoutDocument }, result: { data: { logout: true } } });
    renderWithProviders(<AppRoutes />, { mocks: [me, curricula, logout] });

    fireEvent.click(await screen.findByRole('button', { name: '나가기' }));

    expect(await screen.findByRole('heading', { level: 1, name: '들어가기' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/login');
  });
});
