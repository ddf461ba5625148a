import { atOnce, ok, type Person, REVIEW, reviewFlow, reviewSetup } from './support/review';
import type { TestApp } from './support/test-app';

const TIMES = 10;
const SENTENCE = '아이의 몸무게를 달마다 잰다.';
const refusals = (code: string) => Array.from({ length: TIMES - 1 }, () => code);

/** The same review action fired ten times at once has one effect and one audit event; the rest are refused. */
describe(`review state changes at once (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let flow: ReturnType<typeof reviewFlow>;
  let author: Person;
  let reviewers: Person[];

  beforeAll(async () => {
    ({ app, flow, author, reviewers } = await reviewSetup(2));
  });
  afterAll(() => app.close());

  it('starts one revision when the author asks ten times at once (a double click)', async () => {
    const lessonId = await flow.freshLesson();
    const started = await Promise.all(
      Array.from({ length: TIMES }, () => flow.gql<{ startRevision: { id: string } }>(REVIEW.START, { id: lessonId }, author)),
    );
    expect(new Set(started.map((r) => ok(r).startRevision.id)).size).toBe(1);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM revision WHERE content_id = $1 AND author_id = $2`, [
      lessonId,
      author.id,
    ]);
    expect(n).toBe(1);
  });

  it('submits once', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    ok(await flow.decide(revision.id, reviewers[0], 'changes_requested'));
    expect(await atOnce(TIMES, () => flow.submit(revision.id, author, reviewers))).toEqual({
      succeeded: 1,
      refused: refusals('INVALID_REVISION_STATE'),
    });
    expect(await flow.audits('revision.submitted', revision.id)).toBe(2);
    for (const reviewer of reviewers) expect(await flow.notifications(reviewer.id, 'review_assigned', revision.id)).toBe(2);
    expect((await flow.read(revision.id, author)).status).toBe('in_review');
  });

  it('approves once per reviewer and tells the author once', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    expect(await atOnce(TIMES, () => flow.decide(revision.id, reviewers[0]))).toEqual({
      succeeded: 1,
      refused: refusals('ALREADY_DECIDED'),
    });
    expect(await flow.audits('revision.approved', revision.id)).toBe(1);
    // The last approval makes the revision approved, so the repeats find it no longer in review.
    expect(await atOnce(TIMES, () => flow.decide(revision.id, reviewers[1]))).toEqual({
      succeeded: 1,
      refused: refusals('INVALID_REVISION_STATE'),
    });
    expect(await flow.audits('revision.approved', revision.id)).toBe(2);
    expect(await flow.notifications(author.id, 'approved', revision.id)).toBe(1);
    expect((await flow.read(revision.id, author)).status).toBe('approved');
  });

  it('requests changes once', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    expect(await atOnce(TIMES, () => flow.decide(revision.id, reviewers[0], 'changes_requested'))).toEqual({
      succeeded: 1,
      refused: refusals('INVALID_REVISION_STATE'),
    });
    expect(await flow.audits('revision.changes_requested', revision.id)).toBe(1);
    expect(await flow.notifications(author.id, 'changes_requested', revision.id)).toBe(1);
    expect((await flow.read(revision.id, author)).status).toBe('changes_requested');
  });

  it('applies an accepted suggestion once, and asks for re-approval once when the revision was approved', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    const suggestionId = await flow.suggest(revision.id, revision.body, '달마다', '매달', reviewers[0]);
    for (const reviewer of reviewers) ok(await flow.decide(revision.id, reviewer));
    const before = await flow.read(revision.id, author);
    expect(await atOnce(TIMES, () => flow.decideSuggestion(suggestionId, true, author))).toEqual({
      succeeded: 1,
      refused: refusals('ALREADY_DECIDED'),
    });
    const after = await flow.read(revision.id, author);
    expect(after).toMatchObject({ status: 'in_review', saves: before.saves + 1, body: revision.body.replace('달마다', '매달') });
    expect(await flow.audits('suggestion.accepted', revision.id)).toBe(1);
    for (const reviewer of reviewers) expect(await flow.notifications(reviewer.id, 'review_assigned', revision.id)).toBe(2);
  });

  it('rejects a suggestion once', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    const suggestionId = await flow.suggest(revision.id, revision.body, '몸무게를', '체중을', reviewers[1]);
    expect(await atOnce(TIMES, () => flow.decideSuggestion(suggestionId, false, author))).toEqual({
      succeeded: 1,
      refused: refusals('ALREADY_DECIDED'),
    });
    expect(await flow.audits('suggestion.rejected', revision.id)).toBe(1);
    expect((await flow.read(revision.id, author)).suggestions).toEqual([{ id: suggestionId, status: 'rejected' }]);
  });

  it('resolves a thread once, reopens it once', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    const threadId = await flow.comment(revision.id, revision.body, '아이의', '누구의 아이입니까?', reviewers[0]);
    expect(await atOnce(TIMES, () => flow.resolve(threadId, true, author))).toEqual({
      succeeded: 1,
      refused: refusals('ALREADY_RESOLVED'),
    });
    expect(await atOnce(TIMES, () => flow.resolve(threadId, false, reviewers[0]))).toEqual({
      succeeded: 1,
      refused: refusals('ALREADY_OPEN'),
    });
    expect(await flow.audits('comment.resolved', revision.id)).toBe(1);
    expect(await flow.audits('comment.reopened', revision.id)).toBe(1);
  });

  it('publishes once: one version, one audit event, one notice to each reviewer', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    for (const reviewer of reviewers) ok(await flow.decide(revision.id, reviewer));
    const [{ version }] = await app.db.query(`SELECT version FROM lesson WHERE id = $1`, [revision.lessonId]);
    expect(await atOnce(TIMES, () => flow.publish(revision.id, author))).toEqual({
      succeeded: 1,
      refused: refusals('INVALID_REVISION_STATE'),
    });
    expect(
      await app.db.query(`SELECT count(*)::int AS n FROM content_version WHERE kind = 'lesson' AND content_id = $1 AND version = $2`, [
        revision.lessonId,
        version + 1,
      ]),
    ).toEqual([{ n: 1 }]);
    expect(await app.db.query(`SELECT version, body FROM lesson WHERE id = $1`, [revision.lessonId])).toEqual([
      { version: version + 1, body: revision.body },
    ]);
    expect(await flow.audits('content.published', revision.lessonId)).toBe(1);
    // Everyone but the one who published is told once.
    for (const reviewer of reviewers) expect(await flow.notifications(reviewer.id, 'published', revision.id)).toBe(1);
  });
});
