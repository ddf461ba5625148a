import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../app/AuthContext';
import {
  CommentOnRevisionDocument,
  DecideSuggestionDocument,
  PublishRevisionDocument,
  SuggestEditDocument,
} from '../features/review/review.generated';
import { graphqlError, renderWithProviders, mocked, type CheckedMock } from '../test/render';
import { AUTHOR_ID, BODY, meMock, REVIEWER_ID, revision, revisionMock } from '../test/review';
import ReviewPage from './ReviewPage';

function renderReview(userId: string, value = revision(), extraMocks: CheckedMock[] = []) {
  return renderWithProviders(
    <RequireAuth>
      <Routes>
        <Route path="/review/:revisionId" element={<ReviewPage />} />
      </Routes>
    </RequireAuth>,
    {
      mocks: [meMock(userId, userId === AUTHOR_ID ? ['author'] : ['reviewer']), revisionMock(value), ...extraMocks],
      route: `/review/${value.id}`,
    },
  );
}

/** Selects `quote` in the review text as the mouse would. */
function selectInText(quote: string) {
  const region = screen.getByRole('region', { name: '달라진 곳' });
  const leaf = [...region.querySelectorAll<HTMLElement>('[data-offset]')].find((el) => el.textContent?.includes(quote))!;
  const text = leaf.firstChild!;
  const at = text.textContent!.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + quote.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  fireEvent.mouseUp(region);
}

describe('ReviewPage', () => {
  it('shows the changes and lets an assigned reviewer comment on the selected words, sent as offsets into the body', async () => {
    const range = { start: BODY.indexOf('치료가'), end: BODY.indexOf('치료가') + 3 };
    const comment = vi.fn(() => ({ data: { commentOnRevision: { __typename: 'ReviewComment', id: 'c1' } } }) as const);
    renderReview(REVIEWER_ID, revision(), [
      mocked({
        request: { query: CommentOnRevisionDocument, variables: { revisionId: 'r1', body: '더 분명하게.', range } },
        result: comment,
      }),
    ]);

    const region = await screen.findByRole('region', { name: '달라진 곳' });
    expect(region.querySelector('ins')?.textContent).toBe('오랜 ');
    expect(screen.getByText('발행을 막는 용어')).toBeTruthy();
    expect(screen.getByRole('button', { name: '우울증을(를) 그대로 두기' })).toBeTruthy();

    selectInText('치료가');
    expect(screen.getByText('치료가', { selector: 'blockquote' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '의견' }), { target: { value: '더 분명하게.' } });
    fireEvent.click(screen.getByRole('button', { name: '의견 달기' }));
    await vi.waitFor(() => expect(comment).toHaveBeenCalled());
  });

  it('lets the reviewer suggest replacement text and decide, but not the author', async () => {
    const range = { start: BODY.indexOf('필요하다'), end: BODY.indexOf('필요하다') + 4 };
    const suggest = vi.fn(() => ({ data: { suggestEdit: { __typename: 'Suggestion', id: 's1' } } }) as const);
    renderReview(REVIEWER_ID, revision(), [
      mocked({ request: { query: SuggestEditDocument, variables: { revisionId: 'r1', range, replacement: '요구된다' } }, result: suggest }),
    ]);
    await screen.findByRole('region', { name: '달라진 곳' });
    expect(screen.getByRole('button', { name: '승인' })).toBeTruthy();
    expect((screen.getByRole('button', { name: '고칠것을 요구' }) as HTMLButtonElement).disabled).toBe(true);

    selectInText('필요하다');
    fireEvent.change(screen.getByRole('textbox', { name: '바꿀 글' }), { target: { value: '요구된다' } });
    fireEvent.click(screen.getByRole('button', { name: '제안하기' }));
    await vi.waitFor(() => expect(suggest).toHaveBeenCalled());
  });

  it('lets the author accept a suggestion in one click while changes are requested, and shows orphaned threads', async () => {
    const start = BODY.indexOf('필요하다');
    const value = revision({
      status: 'changes_requested',
      suggestions: [
        {
          __typename: 'Suggestion',
          id: 's1',
          quote: '필요하다',
          replacement: '요구된다',
          note: null,
          status: 'pending',
          authorId: REVIEWER_ID,
          range: { __typename: 'TextRange', start, end: start + 4 },
        },
      ],
      comments: [
        {
          __typename: 'ReviewComment',
          id: 'c1',
          parentId: null,
          quote: '사라진 말',
          body: '이 말을 고치십시오.',
          authorId: REVIEWER_ID,
          authorName: '박성민',
          createdAt: '2026-12-01T09:00:00.000Z',
          resolvedAt: null,
          range: null,
        },
      ],
    });
    const decide = vi.fn(() => ({ data: { decideSuggestion: { __typename: 'Suggestion', id: 's1', status: 'accepted' } } }) as const);
    renderReview(AUTHOR_ID, value, [
      mocked({ request: { query: DecideSuggestionDocument, variables: { id: 's1', accept: true } }, result: decide }),
    ]);

    const suggestion = await screen.findByRole('listitem', { name: '제안: 필요하다' });
    fireEvent.click(within(suggestion).getByRole('button', { name: '받아들이기' }));
    await vi.waitFor(() => expect(decide).toHaveBeenCalled());
    const thread = screen.getByRole('listitem', { name: '의견: 사라진 말' });
    expect(within(thread).getByText('인용한 글이 본문에서 없어졌습니다')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '승인' })).toBeNull();
    expect(screen.getByRole('link', { name: '고치기' }).getAttribute('href')).toBe('/revisions/r1/edit');
  });

  it('on an approved revision lets the author accept a suggestion (saying it is approved again) and shows why publishing is refused', async () => {
    const start = BODY.indexOf('필요하다');
    const value = revision({
      status: 'approved',
      unresolvedTerms: [],
      terminologyFindings: [],
      assignments: [{ ...revision().assignments[0], decision: 'approved', decidedAt: '2026-12-02T09:00:00.000Z' }],
      suggestions: [
        {
          __typename: 'Suggestion',
          id: 's1',
          quote: '필요하다',
          replacement: '요구된다',
          note: null,
          status: 'pending',
          authorId: REVIEWER_ID,
          range: { __typename: 'TextRange', start, end: start + 4 },
        },
      ],
    });
    const refused = '결정하지 않은 제안 1개("필요하다" → "요구된다")가 있어 발행할수 없습니다.';
    const decide = vi.fn(() => ({ data: { decideSuggestion: { __typename: 'Suggestion', id: 's1', status: 'accepted' } } }) as const);
    renderReview(AUTHOR_ID, value, [
      mocked({
        request: { query: PublishRevisionDocument, variables: { id: 'r1' } },
        result: graphqlError('OPEN_REVIEW_ITEMS', refused, 'Publishing is refused.'),
      }),
      mocked({ request: { query: DecideSuggestionDocument, variables: { id: 's1', accept: true } }, result: decide }),
    ]);

    expect(await screen.findByText('발행하기 전에 결정하지 않은 제안 1개와 해결하지 않은 의견 0개를 처리하십시오.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '발행하기' }));
    expect((await screen.findByRole('alert')).textContent).toBe(refused);

    expect(screen.getByText(/제안을 받아들이면 본문이 바뀌므로 승인한 심사원들이 다시 승인해야 합니다/)).toBeTruthy();
    const suggestion = screen.getByRole('listitem', { name: '제안: 필요하다' });
    expect(within(suggestion).getByRole('button', { name: '거절' })).toBeTruthy();
    fireEvent.click(within(suggestion).getByRole('button', { name: '받아들이기' }));
    await vi.waitFor(() => expect(decide).toHaveBeenCalled());
  });
});
