import { Role } from '../src/access/role.enum';
import { ok, type Person, reviewFlow, reviewSetup } from './support/review';
import { codeOf, type TestApp } from './support/test-app';

const SENTENCE = '산모의 상태를 날마다 살펴야 한다.';

/** Nothing a reviewer raised is dropped by publishing; suggestions are decided on approved revisions too. */
describe(`open suggestions and threads at publishing (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let flow: ReturnType<typeof reviewFlow>;
  let author: Person;
  let reviewers: Person[];

  beforeAll(async () => {
    ({ app, flow, author, reviewers } = await reviewSetup(2));
  });
  afterAll(() => app.close());

  /** A submitted revision with a suggestion by the first reviewer, approved by both. */
  const approvedWithSuggestion = async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    const suggestionId = await flow.suggest(revision.id, revision.body, '날마다 살펴야 한다', '날마다 살펴보아야 한다', reviewers[0]);
    for (const reviewer of reviewers) ok(await flow.decide(revision.id, reviewer));
    expect((await flow.read(revision.id, author)).status).toBe('approved');
    return { ...revision, suggestionId };
  };

  it('refuses to publish while a suggestion is undecided or a thread unresolved, naming each', async () => {
    const revision = await approvedWithSuggestion();
    const refused = await flow.publish(revision.id, author);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'OPEN_REVIEW_ITEMS',
      suggestions: [{ id: revision.suggestionId, quote: '날마다 살펴야 한다', text: '날마다 살펴보아야 한다' }],
      threads: [],
      messageKo: expect.stringContaining('결정하지 않은 제안 1개("날마다 살펴야 한다" → "날마다 살펴보아야 한다")'),
      messageEn: expect.stringContaining('1 undecided suggestion(s)'),
    });

    // Rejected, the suggestion no longer blocks; a thread opened meanwhile does, until it is resolved.
    expect(ok(await flow.decideSuggestion(revision.suggestionId, false, author)).decideSuggestion.status).toBe('rejected');
    const threadId = await flow.comment(revision.id, revision.body, '산모의 상태', '이 표현이 맞습니까?', reviewers[1]);
    const blocked = await flow.publish(revision.id, author);
    expect(blocked.errors![0].extensions).toMatchObject({
      code: 'OPEN_REVIEW_ITEMS',
      suggestions: [],
      threads: [{ id: threadId, quote: '산모의 상태' }],
    });
    expect(blocked.errors![0].extensions.messageKo).toContain('해결하지 않은 의견 1개("산모의 상태")');
    ok(await flow.resolve(threadId, true, author));

    // Rejecting changed no text, so the approvals stand and it publishes.
    const after = await flow.read(revision.id, author);
    expect(after).toMatchObject({ status: 'approved', body: revision.body });
    expect(after.assignments.map((a) => a.decision)).toEqual(['approved', 'approved']);
    expect(ok(await flow.publish(revision.id, author)).publishRevision.status).toBe('published');
    expect(await flow.audits('content.published', revision.lessonId)).toBe(1);
  });

  it('sends a revision back for re-approval when its author accepts a suggestion after approval, and publishes the new text', async () => {
    const revision = await approvedWithSuggestion();
    const approvedAt = (await flow.read(revision.id, author)).assignments;
    expect(ok(await flow.decideSuggestion(revision.suggestionId, true, author)).decideSuggestion.status).toBe('accepted');

    // Back in review, with the suggested text; those who approved are asked again, by the same due date.
    const reopened = await flow.read(revision.id, author);
    expect(reopened.status).toBe('in_review');
    expect(reopened.body).toBe(revision.body.replace('날마다 살펴야 한다', '날마다 살펴보아야 한다'));
    expect(reopened.assignments).toEqual(approvedAt.map((a) => ({ ...a, decision: 'pending', decidedAt: null })));
    for (const reviewer of reviewers) {
      expect(await flow.notifications(reviewer.id, 'review_assigned', revision.id)).toBe(2);
      const queue = ok(
        await flow.gql<{ reviewQueue: { revision: { id: string } }[] }>(`{ reviewQueue { revision { id } } }`, {}, reviewer),
      ).reviewQueue;
      expect(queue.map((a) => a.revision.id)).toContain(revision.id);
    }
    const [audit] = await app.db.query(
      `SELECT actor_id, before, after FROM audit_event WHERE action = 'suggestion.accepted' AND entity_id = $1`,
      [revision.id],
    );
    expect(audit).toEqual({
      actor_id: author.id,
      before: { status: 'approved' },
      after: {
        suggestionId: revision.suggestionId,
        status: 'in_review',
        reapprovalFrom: expect.arrayContaining(reviewers.map((r) => r.id)),
      },
    });
    expect(codeOf(await flow.publish(revision.id, author))).toBe('INVALID_REVISION_STATE');

    // Re-approved by both, published; the trainee reads the accepted text.
    ok(await flow.decide(revision.id, reviewers[0]));
    expect(ok(await flow.decide(revision.id, reviewers[1])).decideRevision.status).toBe('approved');
    expect(ok(await flow.publish(revision.id, author)).publishRevision.status).toBe('published');
    const trainee = await app.newUser(Role.trainee);
    const lesson = ok(
      await flow.gql<{ lesson: { body: string } }>(`query ($id: ID!) { lesson(id: $id) { body } }`, { id: revision.lessonId }, trainee),
    ).lesson;
    expect(lesson.body).toBe(reopened.body);
    expect(lesson.body).toContain('날마다 살펴보아야 한다');
  });

  it('lets only the revision’s author decide a suggestion, accepting only while the text may change', async () => {
    const revision = await flow.submitted(author, reviewers, SENTENCE);
    const suggestionId = await flow.suggest(revision.id, revision.body, '상태를', '형편을', reviewers[0]);
    const otherAuthor = await app.newUser(Role.author);
    const admin = await app.newUser(Role.admin);
    const trainee = await app.newUser(Role.trainee);
    for (const who of [reviewers[0], otherAuthor, admin, trainee])
      expect(codeOf(await flow.decideSuggestion(suggestionId, true, who))).toBe('FORBIDDEN');
    expect(
      codeOf(await app.gql(`mutation ($id: UUID!) { decideSuggestion(id: $id, accept: true) { status } }`, { id: suggestionId })),
    ).toBe('UNAUTHENTICATED');
    // Under review the text is what reviewers are reading: no accepting, but a rejection changes nothing in it.
    expect(codeOf(await flow.decideSuggestion(suggestionId, true, author))).toBe('INVALID_REVISION_STATE');
    expect(codeOf(await flow.publish(revision.id, otherAuthor))).toBe('INVALID_REVISION_STATE');
    expect(codeOf(await flow.publish(revision.id, reviewers[0]))).toBe('FORBIDDEN');
    expect(codeOf(await flow.publish(revision.id, trainee))).toBe('FORBIDDEN');

    // Approved: the other author and an admin may publish (they hold the right) but are refused while it is open.
    for (const reviewer of reviewers) ok(await flow.decide(revision.id, reviewer));
    for (const who of [author, otherAuthor, admin]) expect(codeOf(await flow.publish(revision.id, who))).toBe('OPEN_REVIEW_ITEMS');
    expect(ok(await flow.decideSuggestion(suggestionId, false, author)).decideSuggestion.status).toBe('rejected');
    expect(codeOf(await flow.decideSuggestion(suggestionId, true, author))).toBe('ALREADY_DECIDED');

    // Threads: participants resolve; an unassigned reviewer and a trainee may not.
    const threadId = await flow.comment(revision.id, revision.body, '산모의', '확인하십시오.', reviewers[1]);
    const unassigned = await app.newUser(Role.reviewer);
    for (const who of [unassigned, trainee, otherAuthor]) expect(codeOf(await flow.resolve(threadId, true, who))).toBe('FORBIDDEN');
    ok(await flow.resolve(threadId, true, reviewers[0]));
    expect(codeOf(await flow.resolve(threadId, true, author))).toBe('ALREADY_RESOLVED');
    expect(ok(await flow.publish(revision.id, admin)).publishRevision.status).toBe('published');
    expect(codeOf(await flow.decideSuggestion(suggestionId, false, author))).toBe('ALREADY_DECIDED');
  });

  it('takes no new remarks on a withdrawn or published revision: they belong on a new revision', async () => {
    const withdrawn = await flow.submitted(author, reviewers, SENTENCE);
    const thread = await flow.comment(withdrawn.id, withdrawn.body, '날마다', '언제부터입니까?', reviewers[0]);
    ok(await flow.gql(`mutation ($id: UUID!) { withdrawRevision(id: $id) { status } }`, { id: withdrawn.id }, author));
    expect(
      codeOf(
        await flow.gql(
          `mutation ($id: UUID!, $body: String!) { commentOnRevision(revisionId: $id, body: $body) { id } }`,
          { id: withdrawn.id, body: '늦은 의견' },
          reviewers[0],
        ),
      ),
    ).toBe('INVALID_REVISION_STATE');
    expect(codeOf(await flow.resolve(thread, true, author))).toBe('INVALID_REVISION_STATE');

    const published = await flow.submitted(author, reviewers, SENTENCE);
    for (const reviewer of reviewers) ok(await flow.decide(published.id, reviewer));
    ok(await flow.publish(published.id, author));
    expect(
      codeOf(
        await flow.gql(
          `mutation ($id: UUID!, $body: String!) { commentOnRevision(revisionId: $id, body: $body) { id } }`,
          { id: published.id, body: '늦은 의견' },
          author,
        ),
      ),
    ).toBe('INVALID_REVISION_STATE');
    expect((await flow.read(withdrawn.id, author)).comments).toHaveLength(1);
  });
});
