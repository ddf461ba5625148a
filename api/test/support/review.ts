import { join } from 'node:path';
import { Role } from '../../src/access/role.enum';
import { separateDatabase } from './databases';
import { codeOf, type GqlResult, startTestApp, type TestApp } from './test-app';

/** The real content/ (its lessons are revised in the separate database). */
export const CONTENT_DIR = join(__dirname, '..', '..', '..', 'content');

/** GraphQL operations and steps of the review flow, shared by the review specs that drive it over HTTP. */
export const REVIEW = {
  START: `mutation ($id: ID!) { startRevision(kind: lesson, contentId: $id) { id status saves title body baseVersion } }`,
  SAVE: `mutation ($id: UUID!, $input: SaveRevisionInput!) { saveRevision(id: $id, input: $input) { id saves body } }`,
  SUBMIT: `mutation ($id: UUID!, $reviewers: [UUID!]!, $dueOn: LocalDate!) { submitRevision(id: $id, reviewerIds: $reviewers, dueOn: $dueOn) { status } }`,
  DECIDE: `mutation ($id: UUID!, $decision: ReviewDecision!, $note: String) { decideRevision(id: $id, decision: $decision, note: $note) { status } }`,
  COMMENT: `mutation ($id: UUID!, $body: String!, $range: RangeInput) { commentOnRevision(revisionId: $id, body: $body, range: $range) { id quote } }`,
  RESOLVE: `mutation ($id: UUID!, $resolved: Boolean!) { resolveComment(id: $id, resolved: $resolved) { resolvedAt } }`,
  SUGGEST: `mutation ($id: UUID!, $range: RangeInput!, $replacement: String!) { suggestEdit(revisionId: $id, range: $range, replacement: $replacement) { id status } }`,
  DECIDE_SUGGESTION: `mutation ($id: UUID!, $accept: Boolean!) { decideSuggestion(id: $id, accept: $accept) { status } }`,
  PUBLISH: `mutation ($id: UUID!) { publishRevision(id: $id) { status publishedVersion } }`,
  REVISION: `query ($id: UUID!) { revision(id: $id) { id status saves body assignments { reviewerId decision dueOn decidedAt } suggestions { id status } comments { id resolvedAt } } }`,
};

export interface RevisionState {
  id: string;
  status: string;
  saves: number;
  body: string;
  assignments: { reviewerId: string; decision: string; dueOn: string; decidedAt: string | null }[];
  suggestions: { id: string; status: string }[];
  comments: { id: string; resolvedAt: string | null }[];
}

export type Person = { id: string; token: string };

export const ok = <T>(result: GqlResult<T>): T => {
  if (result.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
};
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const rangeOf = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

/** Steps of the review flow on real lessons, each lesson used once (taken from the end, apart from review.integration-spec's). */
export function reviewFlow(app: TestApp) {
  let used = 0;
  const gql = <T>(query: string, variables: Record<string, unknown>, who: Person) => app.gql<T>(query, variables, { token: who.token });
  const flow = {
    gql,
    people: async (reviewers = 2) => ({
      author: await app.newUser(Role.author),
      reviewers: await Promise.all(Array.from({ length: reviewers }, () => app.newUser(Role.reviewer))),
    }),
    freshLesson: async (): Promise<string> =>
      (await app.db.query(`SELECT id FROM lesson ORDER BY id DESC OFFSET $1 LIMIT 1`, [used++]))[0].id,
    read: async (id: string, who: Person) => ok(await gql<{ revision: RevisionState }>(REVIEW.REVISION, { id }, who)).revision,
    /** A new draft of a fresh lesson with `sentence` added, submitted to the reviewers. */
    submitted: async (author: Person, reviewers: Person[], sentence: string) => {
      const lessonId = await flow.freshLesson();
      const draft = ok(
        await gql<{ startRevision: { id: string; title: string; body: string; saves: number } }>(REVIEW.START, { id: lessonId }, author),
      ).startRevision;
      const body = `${draft.body}\n\n${sentence}`;
      ok(await gql(REVIEW.SAVE, { id: draft.id, input: { title: draft.title, body, saves: draft.saves } }, author));
      ok(await flow.submit(draft.id, author, reviewers));
      return { lessonId, id: draft.id, body };
    },
    submit: (id: string, author: Person, reviewers: Person[]) =>
      gql<{ submitRevision: { status: string } }>(REVIEW.SUBMIT, { id, reviewers: reviewers.map((r) => r.id), dueOn: tomorrow() }, author),
    decide: (id: string, who: Person, decision: 'approved' | 'changes_requested' = 'approved') =>
      gql<{ decideRevision: { status: string } }>(
        REVIEW.DECIDE,
        { id, decision, note: decision === 'changes_requested' ? '고치십시오.' : undefined },
        who,
      ),
    suggest: async (id: string, body: string, quote: string, replacement: string, who: Person) =>
      ok(await gql<{ suggestEdit: { id: string } }>(REVIEW.SUGGEST, { id, range: rangeOf(body, quote), replacement }, who)).suggestEdit.id,
    comment: async (id: string, body: string, quote: string, text: string, who: Person) =>
      ok(await gql<{ commentOnRevision: { id: string } }>(REVIEW.COMMENT, { id, body: text, range: rangeOf(body, quote) }, who))
        .commentOnRevision.id,
    decideSuggestion: (id: string, accept: boolean, who: Person) =>
      gql<{ decideSuggestion: { status: string } }>(REVIEW.DECIDE_SUGGESTION, { id, accept }, who),
    resolve: (id: string, resolved: boolean, who: Person) =>
      gql<{ resolveComment: { resolvedAt: string | null } }>(REVIEW.RESOLVE, { id, resolved }, who),
    publish: (id: string, who: Person) =>
      gql<{ publishRevision: { status: string; publishedVersion: number } }>(REVIEW.PUBLISH, { id }, who),
    /** How many audit events of an action name the entity. */
    audits: async (action: string, entityId: string): Promise<number> =>
      Number((await app.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, entityId]))[0].n),
    /** How many notifications of a kind went to a user about a revision. */
    notifications: async (userId: string, kind: string, revisionId: string): Promise<number> =>
      Number(
        (
          await app.db.query(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND kind = $2 AND link = $3`, [
            userId,
            kind,
            `/review/${revisionId}`,
          ])
        )[0].n,
      ),
  };
  return flow;
}

/** Fires the same request `times` at once; the error codes of the refused ones, sorted, and how many succeeded. */
export async function atOnce(times: number, request: () => Promise<GqlResult>): Promise<{ succeeded: number; refused: string[] }> {
  const results = await Promise.all(Array.from({ length: times }, request));
  return {
    succeeded: results.filter((r) => !r.errors).length,
    refused: results
      .filter((r) => r.errors)
      .map((r) => String(codeOf(r)))
      .sort(),
  };
}

/** A review spec's app on its own database, its flow, an author and `reviewerCount` reviewers. */
export async function reviewSetup(reviewerCount: number) {
  const app = await startTestApp({ ...separateDatabase(), contentDir: CONTENT_DIR });
  const flow = reviewFlow(app);
  return { app, flow, ...(await flow.people(reviewerCount)) };
}
