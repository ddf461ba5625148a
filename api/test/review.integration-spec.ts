import { join } from 'node:path';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { Role } from '../src/access/role.enum';
import { separateDatabase } from './support/databases';
import { countQueries } from './support/query-counter';
import { codeOf, type GqlResult, startTestApp, type TestApp } from './support/test-app';

const CONTENT = join(__dirname, '..', '..', 'content');
const REVISION_FIELDS = `id status baseVersion saves title body publishedVersion unresolvedTerms
  acceptedTerms { southTerm reason }
  diff { op text }
  assignments { reviewerId decision note }
  comments { id parentId quote body resolvedAt authorName range { start end } }
  suggestions { id quote replacement status range { start end } }
  terminologyFindings { southTerm northTerm found replacement }`;
const START = `mutation ($id: ID!) { startRevision(kind: lesson, contentId: $id) { ${REVISION_FIELDS} } }`;
const SAVE = `mutation ($id: UUID!, $input: SaveRevisionInput!) { saveRevision(id: $id, input: $input) { ${REVISION_FIELDS} } }`;
const SUBMIT = `mutation ($id: UUID!, $reviewers: [UUID!]!, $dueOn: LocalDate!) { submitRevision(id: $id, reviewerIds: $reviewers, dueOn: $dueOn) { status } }`;
const DECIDE = `mutation ($id: UUID!, $decision: ReviewDecision!, $note: String) { decideRevision(id: $id, decision: $decision, note: $note) { status } }`;
const COMMENT = `mutation ($id: UUID!, $body: String!, $range: RangeInput, $parentId: UUID) { commentOnRevision(revisionId: $id, body: $body, range: $range, parentId: $parentId) { id quote } }`;
const RESOLVE = `mutation ($id: UUID!, $resolved: Boolean!) { resolveComment(id: $id, resolved: $resolved) { resolvedAt } }`;
const SUGGEST = `mutation ($id: UUID!, $range: RangeInput!, $replacement: String!) { suggestEdit(revisionId: $id, range: $range, replacement: $replacement) { id status } }`;
const DECIDE_SUGGESTION = `mutation ($id: UUID!, $accept: Boolean!) { decideSuggestion(id: $id, accept: $accept) { status } }`;
const ACCEPT_TERM = `mutation ($id: UUID!, $term: String!, $reason: String!) { acceptTerm(revisionId: $id, southTerm: $term, reason: $reason) { unresolvedTerms } }`;
const PUBLISH = `mutation ($id: UUID!) { publishRevision(id: $id) { status publishedVersion } }`;
const REVISION = `query ($id: UUID!) { revision(id: $id) { ${REVISION_FIELDS} } }`;
const NOTIFICATIONS = `{ myNotifications(unreadOnly: true) { items { id kind subject link actorName } } myUnreadNotificationCount }`;

interface Revision {
  id: string;
  status: string;
  baseVersion: number;
  saves: number;
  body: string;
  title: string;
  publishedVersion: number | null;
  unresolvedTerms: string[];
  diff: { op: string; text: string }[];
  assignments: { reviewerId: string; decision: string; note: string | null }[];
  comments: {
    id: string;
    parentId: string | null;
    quote: string;
    body: string;
    resolvedAt: string | null;
    authorName: string;
    range: { start: number; end: number } | null;
  }[];
  suggestions: { id: string; quote: string; replacement: string; status: string; range: { start: number; end: number } | null }[];
  terminologyFindings: { southTerm: string; northTerm: string; found: string; replacement: string }[];
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const rangeOf = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const ok = <T>(result: GqlResult<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};

/** Revising a real lesson (in a database of its own, so the shared fixtures stay as they are). */
describe(`faculty review (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let author: { id: string; token: string };
  let reviewers: { id: string; token: string }[];
  let lessonId: string;

  beforeAll(async () => {
    app = await startTestApp({ ...separateDatabase(), contentDir: CONTENT });
    author = await app.newUser(Role.author);
    reviewers = [await app.newUser(Role.reviewer), await app.newUser(Role.reviewer)];
  });
  afterAll(() => app.close());

  /** A lesson of its own for each test, so versions do not collide. */
  let nextLesson = 0;
  const freshLesson = async () => {
    const rows: { id: string }[] = await app.db.query(`SELECT id FROM lesson ORDER BY id OFFSET $1 LIMIT 1`, [nextLesson++]);
    return rows[0].id;
  };
  const start = async (token = author.token, id = lessonId) =>
    ok(await app.gql<{ startRevision: Revision }>(START, { id }, { token })).startRevision;
  const save = (revision: Revision, body: string, token = author.token) =>
    app.gql<{ saveRevision: Revision }>(
      SAVE,
      { id: revision.id, input: { title: revision.title, body, saves: revision.saves } },
      { token },
    );
  const read = async (id: string, token = author.token) => ok(await app.gql<{ revision: Revision }>(REVISION, { id }, { token })).revision;
  const decide = (id: string, token: string, decision: string, note?: string) =>
    app.gql<{ decideRevision: { status: string } }>(DECIDE, { id, decision, note }, { token });
  const submit = (id: string, reviewerIds = reviewers.map((r) => r.id), dueOn = tomorrow()) =>
    app.gql<{ submitRevision: { status: string } }>(SUBMIT, { id, reviewers: reviewerIds, dueOn }, { token: author.token });

  it('takes a revision from draft through comments, suggestions and decisions to a published version with its approvals', async () => {
    lessonId = await freshLesson();
    const draft = await start();
    expect(draft).toMatchObject({ status: 'draft', saves: 0, diff: [{ op: 'equal' }], comments: [], suggestions: [] });
    expect((await start()).id).toBe(draft.id);

    // Saving: a stale save is refused, an empty one too, nothing is lost.
    const added = '\n\n오랜 우울증은 치료가 필요하다.';
    const saved = ok(await save(draft, draft.body + added)).saveRevision;
    expect(saved.saves).toBe(1);
    expect(codeOf(await save(draft, `${draft.body} 다른 편집`))).toBe('SAVE_CONFLICT');
    expect(codeOf(await save(saved, '  '))).toBe('BAD_USER_INPUT');
    expect(saved.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: added }]);
    expect(saved.terminologyFindings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ southTerm: '우울증', northTerm: '슬픔증', found: '우울증은', replacement: '슬픔증은' }),
      ]),
    );
    expect(saved.unresolvedTerms).toEqual(['우울증']);

    // Submitting needs reviewers other than the author and a due date.
    expect(codeOf(await submit(draft.id, []))).toBe('BAD_USER_INPUT');
    expect(codeOf(await submit(draft.id, [author.id]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await submit(draft.id, [reviewers[0].id], '2020-01-01'))).toBe('BAD_USER_INPUT');
    expect(ok(await submit(draft.id)).submitRevision.status).toBe('in_review');
    expect(codeOf(await save(saved, saved.body))).toBe('INVALID_REVISION_STATE');
    const queue = await app.gql<{ reviewQueue: { revision: { id: string } }[] }>(
      `{ reviewQueue { dueOn revision { id } } }`,
      {},
      { token: reviewers[0].token },
    );
    expect(queue.data!.reviewQueue.map((a) => a.revision.id)).toContain(draft.id);
    const assigned = ok(
      await app.gql<{ myNotifications: { items: { kind: string; link: string }[] } }>(NOTIFICATIONS, {}, { token: reviewers[1].token }),
    ).myNotifications.items;
    expect(assigned).toEqual([expect.objectContaining({ kind: 'review_assigned', link: `/review/${draft.id}` })]);

    // A thread on a quoted range, a reply, resolve and reopen.
    const quote = '오랜 우울증은';
    const thread = ok(
      await app.gql<{ commentOnRevision: { id: string; quote: string } }>(
        COMMENT,
        { id: draft.id, body: '북에서 쓰는 말로 고치십시오.', range: rangeOf(saved.body, quote) },
        { token: reviewers[0].token },
      ),
    ).commentOnRevision;
    expect(thread.quote).toBe(quote);
    ok(await app.gql(COMMENT, { id: draft.id, body: '알겠습니다.', parentId: thread.id }, { token: author.token }));
    expect(
      ok(
        await app.gql<{ resolveComment: { resolvedAt: string | null } }>(
          RESOLVE,
          { id: thread.id, resolved: true },
          { token: author.token },
        ),
      ).resolveComment.resolvedAt,
    ).not.toBeNull();
    expect(
      ok(
        await app.gql<{ resolveComment: { resolvedAt: string | null } }>(
          RESOLVE,
          { id: thread.id, resolved: false },
          { token: reviewers[0].token },
        ),
      ).resolveComment.resolvedAt,
    ).toBeNull();
    expect(
      codeOf(
        await app.gql(
          COMMENT,
          { id: draft.id, body: '범위 밖', range: { start: 0, end: saved.body.length + 5 } },
          { token: reviewers[0].token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    // A suggestion, then changes requested (a note is required).
    const suggestion = ok(
      await app.gql<{ suggestEdit: { id: string } }>(
        SUGGEST,
        { id: draft.id, range: rangeOf(saved.body, '우울증은'), replacement: '슬픔증은' },
        { token: reviewers[0].token },
      ),
    ).suggestEdit;
    expect(codeOf(await decide(draft.id, reviewers[0].token, 'changes_requested'))).toBe('BAD_USER_INPUT');
    expect(ok(await decide(draft.id, reviewers[0].token, 'changes_requested', '용어를 고치십시오.')).decideRevision.status).toBe(
      'changes_requested',
    );
    expect(
      ok(
        await app.gql<{ myNotifications: { items: { kind: string }[] } }>(NOTIFICATIONS, {}, { token: author.token }),
      ).myNotifications.items.map((n) => n.kind),
    ).toEqual(expect.arrayContaining(['comment', 'suggestion', 'changes_requested']));

    // The author edits above the quote; the suggestion still applies where its words now are, in one click.
    const current = await read(draft.id);
    const edited = ok(await save(current, `머리말 한 줄.\n\n${current.body}`)).saveRevision;
    expect(edited.comments[0].range).toEqual(rangeOf(edited.body, quote));
    expect(
      ok(
        await app.gql<{ decideSuggestion: { status: string } }>(
          DECIDE_SUGGESTION,
          { id: suggestion.id, accept: true },
          { token: author.token },
        ),
      ).decideSuggestion.status,
    ).toBe('accepted');
    const fixed = await read(draft.id);
    expect(fixed.body).toBe(edited.body.replace('오랜 우울증은', '오랜 슬픔증은'));
    expect(fixed.unresolvedTerms).toEqual([]);
    expect(fixed.comments[0].range).toBeNull();
    expect(codeOf(await app.gql(DECIDE_SUGGESTION, { id: suggestion.id, accept: false }, { token: author.token }))).toBe('ALREADY_DECIDED');

    // Resubmitted, both reviewers approve, an editor publishes.
    expect(ok(await submit(draft.id)).submitRevision.status).toBe('in_review');
    expect(ok(await decide(draft.id, reviewers[0].token, 'approved')).decideRevision.status).toBe('in_review');
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, { token: author.token }))).toBe('INVALID_REVISION_STATE');
    expect(ok(await decide(draft.id, reviewers[1].token, 'approved')).decideRevision.status).toBe('approved');
    // The reopened thread still blocks publishing until someone resolves it.
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, { token: author.token }))).toBe('OPEN_REVIEW_ITEMS');
    ok(await app.gql(RESOLVE, { id: thread.id, resolved: true }, { token: reviewers[0].token }));
    const published = ok(
      await app.gql<{ publishRevision: { status: string; publishedVersion: number } }>(PUBLISH, { id: draft.id }, { token: author.token }),
    ).publishRevision;
    expect(published).toEqual({ status: 'published', publishedVersion: draft.baseVersion + 1 });
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, { token: author.token }))).toBe('INVALID_REVISION_STATE');

    // Trainees read the new version; the history shows its diff and who approved it; the publication is audited.
    const trainee = await app.newUser(Role.trainee);
    const lesson = ok(
      await app.gql<{ lesson: { body: string; version: number } }>(
        `query ($id: ID!) { lesson(id: $id) { body version } }`,
        { id: lessonId },
        { token: trainee.token },
      ),
    ).lesson;
    expect(lesson).toEqual({ body: fixed.body, version: draft.baseVersion + 1 });
    const history = ok(
      await app.gql<{
        contentHistory: {
          version: number;
          source: string;
          revisionId: string;
          approvals: { reviewerId: string }[];
          diff: { op: string; text: string }[];
        }[];
      }>(
        `query ($id: ID!) { contentHistory(kind: lesson, contentId: $id) { version source revisionId approvals { reviewerId reviewerName at } diff { op text } } }`,
        { id: lessonId },
        { token: reviewers[0].token },
      ),
    ).contentHistory;
    expect(history[0]).toMatchObject({ version: draft.baseVersion + 1, source: 'review', revisionId: draft.id });
    expect(history[0].approvals.map((a) => a.reviewerId).sort()).toEqual(reviewers.map((r) => r.id).sort());
    expect(
      history[0].diff
        .filter((d) => d.op === 'insert')
        .map((d) => d.text)
        .join(''),
    ).toContain('슬픔증은');
    const audit = await app.db.query(`SELECT actor_id FROM audit_event WHERE action = 'content.published' AND entity_id = $1`, [lessonId]);
    expect(audit).toEqual([{ actor_id: author.id }]);
    expect(
      ok(
        await app.gql<{ myNotifications: { items: { kind: string }[] } }>(NOTIFICATIONS, {}, { token: reviewers[1].token }),
      ).myNotifications.items.map((n) => n.kind),
    ).toContain('published');

    // Importing content/ again (its file unchanged) keeps the reviewed text.
    await app.nest.get(ContentImporter).importFrom(CONTENT);
    const [kept] = await app.db.query(`SELECT body, version FROM lesson WHERE id = $1`, [lessonId]);
    expect(kept).toEqual({ body: fixed.body, version: draft.baseVersion + 1 });
  });

  it('blocks publishing on an unresolved term until a reviewer accepts it with a reason, and refuses a stale base', async () => {
    lessonId = await freshLesson();
    const other = await app.newUser(Role.author);
    const first = await start();
    const rival = await start(other.token);
    const withTerm = ok(await save(first, `${first.body}\n\n우울증을 살핀다.`)).saveRevision;
    expect(withTerm.unresolvedTerms).toEqual(['우울증']);
    ok(await submit(first.id));
    for (const reviewer of reviewers) ok(await decide(first.id, reviewer.token, 'approved'));
    const blocked = await app.gql(PUBLISH, { id: first.id }, { token: author.token });
    expect(blocked.errors![0].extensions).toMatchObject({
      code: 'TERMINOLOGY_UNRESOLVED',
      terms: ['우울증'],
      messageKo: expect.stringContaining('우울증'),
    });
    expect(codeOf(await app.gql(ACCEPT_TERM, { id: first.id, term: '우울증', reason: ' ' }, { token: reviewers[0].token }))).toBe(
      'BAD_USER_INPUT',
    );
    const accepted = await app.gql<{ acceptTerm: { unresolvedTerms: string[] } }>(
      ACCEPT_TERM,
      { id: first.id, term: '우울증', reason: '인용한 남측 문헌의 제목이므로 그대로 둔다.' },
      { token: reviewers[0].token },
    );
    expect(ok(accepted).acceptTerm.unresolvedTerms).toEqual([]);
    expect(
      ok(await app.gql<{ publishRevision: { status: string } }>(PUBLISH, { id: first.id }, { token: author.token })).publishRevision.status,
    ).toBe('published');

    const rivalSaved = ok(await save(rival, `${rival.body}\n\n다른 편집.`, other.token)).saveRevision;
    ok(await app.gql(SUBMIT, { id: rivalSaved.id, reviewers: [reviewers[0].id], dueOn: tomorrow() }, { token: other.token }));
    ok(await decide(rival.id, reviewers[0].token, 'approved'));
    expect(codeOf(await app.gql(PUBLISH, { id: rival.id }, { token: other.token }))).toBe('STALE_BASE');
  });

  it('lets only authors edit, only assigned reviewers decide, nobody review their own revision, and no trainee see a draft', async () => {
    lessonId = await freshLesson();
    const draft = await start();
    ok(await submit(draft.id, [reviewers[0].id]));
    const trainee = (await app.newUser(Role.trainee)).token;
    const registrar = (await app.newUser(Role.registrar)).token;
    const otherAuthor = (await app.newUser(Role.author)).token;
    const unassigned = (await app.newUser(Role.reviewer)).token;
    for (const token of [trainee, registrar]) {
      expect(codeOf(await app.gql(REVISION, { id: draft.id }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(START, { id: lessonId }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(`{ reviewQueue { id } }`, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(REVISION, { id: draft.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(START, { id: lessonId }, { token: reviewers[0].token }))).toBe('FORBIDDEN');
    expect(codeOf(await save(draft, 'x', otherAuthor))).toBe('FORBIDDEN');
    expect(codeOf(await decide(draft.id, unassigned, 'approved'))).toBe('FORBIDDEN');
    expect(codeOf(await decide(draft.id, author.token, 'approved'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(COMMENT, { id: draft.id, body: '의견', range: { start: 0, end: 2 } }, { token: unassigned }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, { token: reviewers[0].token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(START, { id: 'no-such-lesson' }, { token: author.token }))).toBe('NOT_FOUND');

    // An administrator may author and review, but never review their own revision.
    const admin = await app.newUser(Role.admin);
    const own = await start(admin.token, await freshLesson());
    expect(codeOf(await decide(own.id, admin.token, 'approved'))).toBe('SELF_REVIEW');
    expect((await read(draft.id)).assignments).toEqual([{ reviewerId: reviewers[0].id, decision: 'pending', note: null }]);
  });

  it('costs a reviewer’s queue the same number of queries for one assignment as for three', async () => {
    const reviewer = await app.newUser(Role.reviewer);
    const QUEUE = `{ reviewQueue { dueOn reviewerName revision { id title authorName } } }`;
    const queue = () => countQueries(async () => expect((await app.gql(QUEUE, {}, { token: reviewer.token })).errors).toBeUndefined());
    const assign = async () => {
      const draft = await start(author.token, await freshLesson());
      ok(await submit(draft.id, [reviewer.id]));
    };
    await assign();
    const one = await queue();
    await assign();
    await assign();
    expect(ok(await app.gql<{ reviewQueue: unknown[] }>(QUEUE, {}, { token: reviewer.token })).reviewQueue).toHaveLength(3);
    expect(await queue()).toBe(one);
  });

  it('marks notifications read, only one’s own', async () => {
    const before = ok(
      await app.gql<{ myNotifications: { items: { id: string }[] }; myUnreadNotificationCount: number }>(
        NOTIFICATIONS,
        {},
        { token: reviewers[0].token },
      ),
    );
    expect(before.myUnreadNotificationCount).toBeGreaterThan(1);
    const [first, ...rest] = before.myNotifications.items;
    expect(
      ok(
        await app.gql<{ markNotificationsRead: number }>(
          `mutation ($ids: [UUID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [first.id] },
          { token: author.token },
        ),
      ).markNotificationsRead,
    ).toBe(0);
    expect(
      ok(
        await app.gql<{ markNotificationsRead: number }>(
          `mutation ($ids: [UUID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [first.id] },
          { token: reviewers[0].token },
        ),
      ).markNotificationsRead,
    ).toBe(1);
    expect(codeOf(await app.gql(`mutation { markNotificationsRead(ids: ["nope"]) }`, {}, { token: reviewers[0].token }))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(
      ok(await app.gql<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`, {}, { token: reviewers[0].token }))
        .markNotificationsRead,
    ).toBe(rest.length);
    expect(
      ok(await app.gql<{ myUnreadNotificationCount: number }>(NOTIFICATIONS, {}, { token: reviewers[0].token })).myUnreadNotificationCount,
    ).toBe(0);
  });

  it('costs a list of revisions with reviewers, threads and suggestions the same number of queries for one revision as for three', async () => {
    const writer = await app.newUser(Role.author);
    const LIST = `{ myRevisions { id assignments { reviewerId decision } comments { id authorName range { start end } } suggestions { id status range { start end } } } }`;
    const list = () => countQueries(async () => expect((await app.gql(LIST, {}, { token: writer.token })).errors).toBeUndefined());
    const revise = async () => {
      const draft = await start(writer.token, await freshLesson());
      ok(await app.gql(SUBMIT, { id: draft.id, reviewers: [reviewers[0].id], dueOn: tomorrow() }, { token: writer.token }));
      const range = rangeOf(draft.body, /[가-힣]{2,}/.exec(draft.body)![0]);
      ok(await app.gql(COMMENT, { id: draft.id, body: '이 말을 확인하십시오.', range }, { token: reviewers[0].token }));
      ok(await app.gql(SUGGEST, { id: draft.id, range, replacement: '바꾼 말' }, { token: reviewers[0].token }));
    };
    await revise();
    const one = await list();
    await revise();
    await revise();
    const revisions = ok(
      await app.gql<{ myRevisions: { assignments: unknown[]; comments: unknown[]; suggestions: unknown[] }[] }>(
        LIST,
        {},
        { token: writer.token },
      ),
    ).myRevisions;
    expect(revisions.map((r) => [r.assignments.length, r.comments.length, r.suggestions.length])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(await list()).toBe(one);
  });
});
