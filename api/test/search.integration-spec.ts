import { codeOf, startTestApp, type TestApp } from './support/test-app';

const SEARCH = `query ($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    total
    nextCursor
    items { kind id title score course { id } textbook { id } snippet { text match } }
  }
}`;
interface Hit {
  kind: string;
  id: string;
  title: string;
  score: number;
  course: { id: string } | null;
  textbook: { id: string } | null;
  snippet: { text: string; match: boolean }[];
}
type Result = { search: { total: number; items: Hit[]; nextCursor: string | null } };

describe(`search (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let token: string;
  const search = (q: string, first?: number, after?: string | null) => app.gql<Result>(SEARCH, { q, first, after }, { token });

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('trainee');
  });
  afterAll(() => app.close());

  it('finds a Korean word inside a lesson body and highlights it in the snippet', async () => {
    const { data } = await search('근육주사');
    const hit = data!.search.items.find((h) => h.id === 'test-lesson-one')!;
    expect(hit).toMatchObject({ kind: 'lesson', course: { id: 'test-course' }, textbook: null });
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toContain('근육주사');
    expect(hit.snippet.map((p) => p.text).join('')).toContain('10 IU를 근육주사한다');
  });

  it('finds a word followed by a particle, and written textbook sections', async () => {
    const { data } = await search('황산마그네슘');
    expect(data!.search.items).toEqual([
      expect.objectContaining({ kind: 'textbook_section', id: 'test-textbook-appendix', textbook: { id: 'test-textbook' } }),
    ]);
  });

  it('requires every word and ranks title matches first', async () => {
    const both = await search('옥시토신 two');
    expect(both.data!.search.items.map((h) => h.id)).toEqual(['test-lesson-two']);
    const none = await search('옥시토신 결핵');
    expect(none.data!.search).toEqual({ total: 0, items: [], nextCursor: null });
    // "three" is in lesson three's title and body, and only in the body of no other: title matches rank first.
    const ranked = await search('근육주사');
    const scores = ranked.data!.search.items.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const titled = await search('three');
    expect(titled.data!.search.items[0]).toMatchObject({ id: 'test-lesson-three', title: expect.stringContaining('three') });
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect((await search('%%')).data!.search.total).toBe(0);
    expect((await search('1_')).data!.search.total).toBe(0);
  });

  it('limits results, reports the total and pages on with nextCursor through every hit once', async () => {
    const { data } = await search('시험', 1);
    expect(data!.search.items).toHaveLength(1);
    expect(data!.search.total).toBeGreaterThan(1);
    const whole = (await search('시험', 200)).data!.search;
    expect(whole.nextCursor).toBeNull();
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: Result['search'] = (await search('시험', 1, after)).data!.search;
      walked.push(...page.items.map((h) => h.id));
      after = page.nextCursor;
    } while (after);
    expect(walked).toEqual(whole.items.map((h) => h.id));
    expect(walked).toHaveLength(whole.total);
    expect(codeOf(await search('시험', 1, 'bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
  });

  it('rejects a query shorter than two characters with a Korean and English message', async () => {
    const result = await search(' 옥 ');
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKo: '찾을 말을 두 글자 이상 입력하십시오.',
      messageEn: 'Enter at least two characters to search.',
    });
  });

  it('refuses anonymous searches', async () => {
    // A page small enough for the anonymous budget (a default page of 50 is refused as too complex first).
    expect(codeOf(await app.gql(SEARCH, { q: '옥시토신', first: 5 }))).toBe('UNAUTHENTICATED');
  });
});
