import { type GqlResult, startTestApp, type TestApp } from './support/test-app';

/** Every error is a coded answer the client can act on: never INTERNAL_SERVER_ERROR, never a 5xx. */
function expectCoded(result: GqlResult, code: string) {
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.map((e) => e.extensions.code)).toEqual([code]);
  expect(result.errors![0].extensions).toMatchObject({ messageKo: expect.any(String), messageEn: expect.any(String) });
  expect(result.errors![0].extensions.stacktrace).toBeUndefined();
}

const nested = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = `course { modules { lessons { ${selection} } } }`;
  return selection;
};

describe(`hostile requests (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let trainee: string;
  let registrar: string;
  let lessonId: string;
  beforeAll(async () => {
    app = await startTestApp({ production: true });
    trainee = await app.login('trainee');
    registrar = await app.login('registrar');
    lessonId = (await app.db.query(`SELECT id FROM lesson ORDER BY id LIMIT 1`))[0].id;
  });
  afterAll(() => app.close());

  it('refuses a deep cycle of lists before running it, quickly and with the limits it broke', async () => {
    const started = Date.now();
    const result = await app.gql(`{ lesson(id: "${lessonId}") { ${nested(9)} } }`, {}, { token: trainee });
    expectCoded(result, 'QUERY_TOO_COMPLEX');
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions.limits).toMatchObject({ depth: { max: 10 }, cost: { max: 30_000 } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses the same cycle hidden in nested fragments, a thousand aliases and many root fields', async () => {
    const fragments = `query { lesson(id: "${lessonId}") { ...A } }
      fragment A on Lesson { course { modules { lessons { ...B } } } }
      fragment B on Lesson { course { modules { lessons { ...C } } } }
      fragment C on Lesson { course { modules { lessons { id title } } } }`;
    expectCoded(await app.gql(fragments, {}, { token: trainee }), 'QUERY_TOO_COMPLEX');
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `s${i}: search(query: "결핵") { total }`).join(' ');
    expectCoded(await app.gql(`{ ${aliases(100)} }`, {}, { token: trainee }), 'QUERY_TOO_COMPLEX');
    // A thousand is past the parser's token limit: refused before it is even validated.
    expectCoded(await app.gql(`{ ${aliases(1000)} }`, {}, { token: trainee }), 'GRAPHQL_PARSE_FAILED');
    const roots = Array.from({ length: 15 }, () => 'me { id }').join(' ');
    expectCoded(await app.gql(`{ ${roots} }`, {}, { token: trainee }), 'QUERY_TOO_COMPLEX');
  });

  it('gives anonymous callers the smallest budget, staff a larger one than trainees', async () => {
    const curricula = '{ curricula { courses { modules { id title } } } }';
    expectCoded(await app.gql(curricula), 'QUERY_TOO_COMPLEX');
    expect((await app.gql(curricula, {}, { token: trainee })).errors).toBeUndefined();
    const wide =
      '{ a: curricula { courses { modules { lessons { id title } } } } b: curricula { courses { modules { lessons { id title } } } } }';
    expectCoded(await app.gql(wide, {}, { token: trainee }), 'QUERY_TOO_COMPLEX');
    expect((await app.gql(wide, {}, { token: registrar })).errors).toBeUndefined();
  });

  it('answers bad ids and dates as BAD_USER_INPUT or validation errors, before any SQL', async () => {
    expectCoded(
      await app.gql('mutation { suspendLicence(id: "abc", reason: "x") { id } }', {}, { token: registrar }),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expectCoded(
      await app.gql('mutation ($id: UUID!) { suspendLicence(id: $id, reason: "x") { id } }', { id: 'abc' }, { token: registrar }),
      'BAD_USER_INPUT',
    );
    expectCoded(
      await app.gql(
        'query ($f: WorkerFilter) { workers(filter: $f) { items { id } } }',
        { f: { regionId: 'KP-02' } },
        { token: registrar },
      ),
      'BAD_USER_INPUT',
    );
    const worker = (await app.db.query(`SELECT id FROM worker LIMIT 1`))[0]?.id ?? '0d3f8a1e-1111-4111-8111-111111111111';
    const credit = await app.gql(
      'mutation ($w: UUID!, $input: CreditEntryInput!) { addCreditEntry(workerId: $w, input: $input) { id } }',
      { w: worker, input: { hours: 1, topic: 'tb', earnedOn: '2026-02-31', note: 'x' } },
      { token: registrar },
    );
    expectCoded(credit, 'BAD_USER_INPUT');
    expect(credit.errors![0].message).toContain('LocalDate');
  });

  it('refuses NUL bytes in any text input, in variables and in the query itself', async () => {
    expectCoded(
      await app.gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
        u: 'trainee\u0000',
        p: 'x',
      }),
      'BAD_USER_INPUT',
    );
    expectCoded(await app.gql('{ search(query: "결\\u0000핵") { total } }', {}, { token: trainee }), 'BAD_USER_INPUT');
    expectCoded(
      await app.gql(
        'query ($f: WorkerFilter) { workers(filter: $f) { items { id } } }',
        { f: { search: 'a\u0000' } },
        { token: registrar },
      ),
      'BAD_USER_INPUT',
    );
  });

  it('answers broken, oversized and odd HTTP requests with 4xx and JSON', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body });
    const malformed = await post('{"query": "{ me { id } }"');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'BAD_REQUEST' });
    const huge = await post(JSON.stringify({ query: '{ me { id } }', variables: { x: 'x'.repeat(5 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const nul = await fetch(`${app.url}/textbooks/x%00.pdf`);
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ code: 'BAD_REQUEST' });
    expect((await fetch(`${app.url}/graphql%ZZ`)).status).toBe(400);
    const tokens = await post(JSON.stringify({ query: `{ ${'me { id } '.repeat(3000)} }` }));
    expect(tokens.status).toBe(400);
  });

  it('sends security headers and no X-Powered-By; production hides field suggestions', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    const typo = await app.gql('{ me { usernme } }', {}, { token: trainee });
    expectCoded(typo, 'GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/i);
  });

  it('keeps /health answering within a second while hostile requests run', async () => {
    const attacks = Array.from({ length: 12 }, (_, i) =>
      i % 2
        ? app.gql(`{ lesson(id: "${lessonId}") { ${nested(12)} } }`, {}, { token: trainee })
        : app.gql('{ search(query: "결핵", first: 1000) { total } }', {}, { token: trainee }),
    );
    const started = Date.now();
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    for (const result of await Promise.all(attacks)) {
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.map((e) => e.extensions.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });
});

describe(`the session cookie behind a TLS proxy (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ trustProxy: 'loopback' })));
  afterAll(() => app.close());

  const login = (headers: Record<string, string>) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'mutation { login(username: "trainee", password: "dari-demo") { accessToken } }' }),
    });

  it('is Secure when the trusted proxy says the request came over https, and not on plain http', async () => {
    expect((await login({ 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/i);
    expect((await login({})).headers.get('set-cookie')).not.toMatch(/; Secure/i);
  });
});
