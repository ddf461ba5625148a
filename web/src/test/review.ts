import type { Role } from '../features/auth/model';
import { MeDocument } from '../features/auth/auth.generated';
import { RevisionDocument } from '../features/review/review.generated';
import type { Revision } from '../features/review/model';
import { meUser } from './me';
import { mocked } from './render';

/** A revision as the API returns it (with __typename), and the signed-in user, for the faculty pages' specs. */
export const AUTHOR_ID = 'u-author';
export const REVIEWER_ID = 'u-reviewer';

export const BODY = '## 진단\n\n오랜 우울증은 치료가 필요하다.\n\n끝.';
const wordStart = BODY.indexOf('우울증은');

export const finding = {
  __typename: 'TerminologyFinding',
  entryId: 'e1',
  southTerm: '우울증',
  northTerm: '슬픔증',
  relation: 'different',
  note: '',
  source: 'https://www.asiatoday.co.kr/view.php?key=20190118010011554',
  status: 'attested',
  found: '우울증은',
  wordStart,
  wordEnd: wordStart + 4,
  replacement: '슬픔증은',
};

export function revision(overrides: Partial<Revision> = {}): Revision {
  return {
    __typename: 'Revision',
    id: 'r1',
    kind: 'lesson',
    contentId: 'lesson-1',
    status: 'in_review',
    baseVersion: 1,
    publishedVersion: null,
    saves: 2,
    title: '우울증의 치료',
    body: BODY,
    authorId: AUTHOR_ID,
    authorName: '리철수',
    updatedAt: '2026-12-01T08:00:00.000Z',
    diff: [
      { __typename: 'DiffPartType', op: 'equal', text: '## 진단\n\n' },
      { __typename: 'DiffPartType', op: 'insert', text: '오랜 우울증은 치료가 필요하다.\n\n' },
      { __typename: 'DiffPartType', op: 'equal', text: '끝.' },
    ] as unknown as Revision['diff'],
    assignments: [
      {
        __typename: 'ReviewAssignment',
        id: 'a1',
        reviewerId: REVIEWER_ID,
        reviewerName: '박성민',
        decision: 'pending',
        note: null,
        dueOn: '2026-12-20',
        decidedAt: null,
      },
    ] as unknown as Revision['assignments'],
    comments: [],
    suggestions: [],
    terminologyFindings: [finding] as unknown as Revision['terminologyFindings'],
    unresolvedTerms: ['우울증'],
    acceptedTerms: [],
    ...overrides,
  };
}

export function meMock(id: string, roles: Role[]) {
  return mocked({
    request: { query: MeDocument },
    result: { data: { me: meUser(id, roles) } },
  });
}

export function revisionMock(value: Revision) {
  return mocked({
    request: { query: RevisionDocument, variables: { id: value.id } },
    result: { data: { revision: value } },
    maxUsageCount: 5,
  });
}
