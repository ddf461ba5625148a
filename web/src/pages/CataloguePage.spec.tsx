import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CatalogueDocument } from '../features/learning/catalogue.generated';
import { renderWithProviders, mocked } from '../test/render';
import type { Topic } from '../graphql/schema.generated';
import type { CatalogueEntry, CatalogueFilter } from '../features/learning/model';
import CataloguePage from './CataloguePage';

const course = (id: string, title: string, topic: Topic, countsForMyLicence = false): CatalogueEntry['course'] => ({
  __typename: 'Course',
  id,
  title,
  titleEn: `${title} (en)`,
  topic,
  careLevel: 'primary',
  creditHours: 3,
  lessonCount: 3,
  countsForMyLicence,
});

const entry = (courseFields: CatalogueEntry['course'], matchesMyCadre: boolean): CatalogueEntry => ({
  __typename: 'CatalogueEntry',
  matchesMyCadre,
  course: courseFields,
  enrolment: null,
});

const catalogue = (filter: CatalogueFilter, entries: CatalogueEntry[]) =>
  mocked({
    request: { query: CatalogueDocument, variables: { filter } },
    result: { data: { catalogue: entries } },
  });

function renderCatalogue(route: string, mocks: ReturnType<typeof catalogue>[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/catalogue" element={<CataloguePage />} />
    </Routes>,
    { mocks, route },
  );
}

describe('CataloguePage', () => {
  it('lists courses in the API’s order, marks those for the trainee’s cadre and licence topics, and offers to enrol', async () => {
    renderCatalogue('/catalogue', [
      catalogue({}, [entry(course('tb-1', '결핵 찾기와 치료', 'tb', true), true), entry(course('ncd-1', '고혈압', 'ncd'), false)]),
    ]);

    const entries = await screen.findAllByRole('article');
    expect(entries.map((article) => within(article).getByRole('heading', { level: 2 }).textContent)).toEqual([
      '결핵 찾기와 치료',
      '고혈압',
    ]);
    expect(within(entries[0]).getByText('나의 직종에 맞는 과정')).toBeTruthy();
    expect(within(entries[1]).queryByText('나의 직종에 맞는 과정')).toBeNull();
    expect(within(entries[0]).getByText('나의 면허 학점에 들어가는 과정')).toBeTruthy();
    expect(within(entries[1]).queryByText('나의 면허 학점에 들어가는 과정')).toBeNull();
    expect(within(entries[1]).getByRole('button', { name: '등록하기' })).toBeTruthy();
  });

  it('filters by a choice, kept in the address; unknown values in a link are ignored', async () => {
    renderCatalogue('/catalogue?topic=nonsense', [
      catalogue({}, [entry(course('tb-1', '결핵 찾기와 치료', 'tb'), true), entry(course('ncd-1', '고혈압', 'ncd'), false)]),
      catalogue({ topic: 'tb' }, [entry(course('tb-1', '결핵 찾기와 치료', 'tb'), true)]),
    ]);
    expect(await screen.findByRole('article', { name: '고혈압' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('분야'), { target: { value: 'tb' } });

    expect(screen.getByTestId('location').textContent).toBe('/catalogue?topic=tb');
    await screen.findByRole('article', { name: '결핵 찾기와 치료' });
    expect(screen.queryByRole('article', { name: '고혈압' })).toBeNull();
  });
});
