import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../app/AuthContext';
import { ReviewersDocument } from '../features/review/lists.generated';
import { SaveRevisionDocument } from '../features/review/review.generated';
import { readLocalCopy } from '../features/review/localDraft';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import { AUTHOR_ID, BODY, meMock, REVIEWER_ID, revision, revisionMock } from '../test/review';
import RevisionEditorPage from './RevisionEditorPage';

const draft = revision({ status: 'draft', assignments: [] });
const fixed = BODY.replace('우울증은', '슬픔증은');
const reviewers = mocked({
  request: { query: ReviewersDocument },
  result: { data: { reviewers: [{ __typename: 'Reviewer', id: REVIEWER_ID, displayName: '박성민' }] } },
});

function renderEditor(saveResult: object) {
  const save = mocked({
    request: { query: SaveRevisionDocument, variables: { id: 'r1', input: { title: draft.title, body: fixed, saves: 2 } } },
    result: saveResult,
  });
  return renderWithProviders(
    <RequireAuth>
      <Routes>
        <Route path="/revisions/:revisionId/edit" element={<RevisionEditorPage />} />
      </Routes>
    </RequireAuth>,
    { mocks: [meMock(AUTHOR_ID, ['author']), revisionMock(draft), reviewers, save], route: '/revisions/r1/edit' },
  );
}

describe('RevisionEditorPage', () => {
  it('shows the finding with its North Korean term and source, applies it in one click and saves', async () => {
    const saved = revision({ status: 'draft', assignments: [], body: fixed, saves: 3, terminologyFindings: [], unresolvedTerms: [] });
    renderEditor({ data: { saveRevision: saved } });

    const finding = (await screen.findByText('남: 우울증 · 북: 슬픔증')).closest('li')!;
    expect(within(finding).getByText('다른 말')).toBeTruthy();
    expect(within(finding).getByRole('link').getAttribute('href')).toContain('asiatoday');
    // The preview is the reader's renderer.
    expect(screen.getByRole('heading', { level: 2, name: '진단' })).toBeTruthy();

    fireEvent.click(within(finding).getByRole('button', { name: '북측 용어로 바꾸기' }));
    expect((screen.getByLabelText('본문 (Markdown)') as HTMLTextAreaElement).value).toBe(fixed);
    expect(readLocalCopy('r1')).toMatchObject({ body: fixed, baseSaves: 2 }); // kept on the device at once
    expect(screen.queryByText('남: 우울증 · 북: 슬픔증')).toBeNull();

    expect(await screen.findByText('저장하였습니다.', {}, { timeout: 8000 })).toBeTruthy();
    expect(readLocalCopy('r1')).toBeNull();
  });

  it('keeps the terminology findings beside the source, before the preview, and pre-selects the only reviewer', async () => {
    renderEditor(graphqlError('SAVE_CONFLICT'));
    const terms = (await screen.findByRole('heading', { name: '용어 검사' })).closest('section')!;
    const panes = terms.parentElement!;
    expect([...panes.children].map((child) => child.className)).toEqual([
      'field revision-editor__source',
      'revision-editor__terms',
      'revision-editor__preview',
    ]);
    const only = await screen.findByRole('checkbox', { name: '박성민' });
    await vi.waitFor(() => expect((only as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('button', { name: '심사 요청하기' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(only);
    expect((only as HTMLInputElement).checked).toBe(false);
  });

  it('on a save conflict says so, keeps the text on the device and offers both ways out', async () => {
    renderEditor(graphqlError('SAVE_CONFLICT'));
    const finding = (await screen.findByText('남: 우울증 · 북: 슬픔증')).closest('li')!;
    fireEvent.click(within(finding).getByRole('button', { name: '북측 용어로 바꾸기' }));

    const alert = await screen.findByText(/다른 곳에서 먼저 저장한 내용이 있어/, {}, { timeout: 8000 });
    expect(within(alert.closest('div')!).getByRole('button', { name: '내 글로 덮어쓰기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '저장된 글 불러오기' })).toBeTruthy();
    expect(readLocalCopy('r1')?.body).toBe(fixed);
  });

  it('offers to restore a local copy newer than the server text', async () => {
    localStorage.setItem(
      'dari.revisionDraft.r1',
      JSON.stringify({ title: draft.title, body: `${BODY}\n\n보관된 글.`, baseSaves: 2, changedAt: Date.now() }),
    );
    renderEditor({ data: { saveRevision: draft } });
    fireEvent.click(await screen.findByRole('button', { name: '되살리기' }));
    expect((screen.getByLabelText('본문 (Markdown)') as HTMLTextAreaElement).value).toContain('보관된 글.');
  });
});
