import { parseMarkdown } from '@dari/markdown';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../app/i18n';
import { LessonDocument, type LessonQuery } from '../features/curricula/lesson.generated';
import type { LessonDetail } from '../features/curricula/model';
import type { LessonProgress } from '../features/learning/model';
import { LessonLearningDocument, type LessonLearningQuery } from '../features/learning/progress.generated';
import { ProgressQueue } from '../features/learning/progressQueue';
import { graphqlError, renderWithProviders, mocked, type Result } from '../test/render';
import LessonPage from './LessonPage';

const link = (id: string, title: string) => ({ __typename: 'Lesson' as const, id, title, titleEn: `${title} (en)` });

const lesson: LessonDetail = {
  ...link('anaemia-in-pregnancy', '임신기 빈혈'),
  summary: '빈혈을 찾고 치료한다.',
  summaryEn: 'Finding and treating anaemia.',
  bodyTree: parseMarkdown('## 학습목표\n\n1. 빈혈의 증상을 안다.\n\n## 진단\n\n혈색소를 잰다.\n\n## 참고문헌\n\n1. WHO. 2016.'),
  objectives: ['빈혈의 증상을 안다.'],
  references: [
    { __typename: 'Reference', title: 'WHO guideline', publisher: 'WHO', year: 2016, url: 'https://www.who.int/' },
    { __typename: 'Reference', title: 'Bad link', publisher: null, year: null, url: 'javascript:alert(1)' },
  ],
  reviewBy: '2027-06-30',
  creditHours: 1,
  topic: 'maternal',
  careLevel: 'primary',
  course: { __typename: 'Course', id: 'maternal-primary-pregnancy', title: '임신기 관리', titleEn: 'Care in pregnancy' },
  module: { __typename: 'Module', id: 'anc', title: '산전관리', titleEn: 'Antenatal care' },
  previousLesson: link('antenatal-care-basics', '산전관리의 기초'),
  nextLesson: null,
};

const progress: LessonProgress = {
  __typename: 'LessonProgress',
  lessonId: lesson.id,
  openedAt: '2026-12-01T08:00:00.000Z',
  position: 0.4,
  percentRead: 55,
  timeSpentSeconds: 300,
  completedAt: null,
};

/** `userId`: the signed-in learner; without one, a user who does not learn (e.g. a reviewer). */
function renderLesson(
  id: string,
  result: Result<LessonQuery>,
  myProgress: LessonProgress | null = null,
  userId: string | null = 'trainee-1',
) {
  const learning: Result<LessonLearningQuery> = { data: { lesson: { __typename: 'Lesson', id, myProgress, quiz: null } } };
  const mocks = [
    mocked({ request: { query: LessonDocument, variables: { id } }, result }),
    mocked({ request: { query: LessonLearningDocument, variables: { id } }, result: learning }),
  ];
  return renderWithProviders(
    <Routes>
      <Route path="/lessons/:lessonId" element={<LessonPage />} />
    </Routes>,
    { mocks, route: `/lessons/${id}`, userId: userId ?? undefined },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LessonPage', () => {
  it('shows the lesson with its way back to the course and on to other lessons', async () => {
    renderLesson(lesson.id, { data: { lesson } });

    expect(await screen.findByRole('heading', { level: 1, name: '임신기 빈혈' })).toBeTruthy();
    const breadcrumb = screen.getByRole('navigation', { name: '현재 위치' });
    expect(within(breadcrumb).getByRole('link', { name: '임신기 관리' }).getAttribute('href')).toBe('/courses/maternal-primary-pregnancy');
    expect(screen.getByRole('heading', { level: 2, name: '진단' })).toBeTruthy();
    // Objectives and references come from the structured fields; the body's own copies are not repeated.
    expect(screen.getAllByRole('heading', { name: '학습목표' })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { name: '참고문헌' })).toHaveLength(1);
    expect(screen.getByText('빈혈의 증상을 안다.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'WHO guideline' }).getAttribute('href')).toBe('https://www.who.int/');
    expect(screen.queryByRole('link', { name: 'Bad link' })).toBeNull();
    expect(screen.getByText('재검토 기한: 2027년 6월 30일')).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: '강의 이동' });
    expect(within(pager).getByRole('link').getAttribute('href')).toBe('/lessons/antenatal-care-basics');
  });

  it('gives an English reader the Korean summary when the lesson has no English one (the schema allows none)', async () => {
    await i18n.changeLanguage('en');
    renderLesson(lesson.id, { data: { lesson: { ...lesson, summaryEn: null } } });

    expect(await screen.findByRole('heading', { level: 1, name: '임신기 빈혈 (en)' })).toBeTruthy();
    expect(screen.getByText('빈혈을 찾고 치료한다.')).toBeTruthy();
  });

  it('records opening the lesson and offers to go back to where the trainee stopped reading', async () => {
    renderLesson(lesson.id, { data: { lesson } }, progress);

    expect(await screen.findByRole('button', { name: '읽던 곳(40%)부터 계속 읽기' })).toBeTruthy();
    await vi.waitFor(async () => expect((await new ProgressQueue('trainee-1').pending()).map((event) => event.type)).toContain('opened'));
  });

  it('completes the lesson offline: shown at once, kept in the queue for the server', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { unmount } = renderLesson(lesson.id, { data: { lesson } }, progress);

    fireEvent.click(await screen.findByRole('button', { name: '학습완료' }));

    expect(screen.getByText(/에 이 강의를 완료하였습니다/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '학습완료' })).toBeNull();
    await vi.waitFor(async () => {
      const waiting = await new ProgressQueue('trainee-1').pending();
      expect(waiting.filter((event) => event.type === 'completed')).toEqual([expect.objectContaining({ lessonId: lesson.id })]);
    });
    unmount(); // Still offline: what leaving the lesson records stays in the queue too.
  });

  it('offers no completion to a reader who does not learn', async () => {
    renderLesson(lesson.id, { data: { lesson } }, null, null);

    expect(await screen.findByRole('heading', { level: 1, name: '임신기 빈혈' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '학습완료' })).toBeNull();
    expect(screen.queryByRole('region', { name: '강의 완료' })).toBeNull();
  });

  it('says so when the lesson does not exist', async () => {
    renderLesson('no-such-lesson', graphqlError('NOT_FOUND'));

    expect(await screen.findByRole('heading', { level: 1, name: '찾는 내용이 없습니다.' })).toBeTruthy();
  });
});
