import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { LOGIN, startTestApp, type TestApp } from './support/test-app';

const count = async (app: TestApp, table: string) => (await app.db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n as number;

describe(`platform (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('serves a classroom signing in and reading at once (concurrent connections never mix their queries)', async () => {
    const token = await app.login('trainee');
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0
          ? app.gql(LOGIN, { username: 'trainee', password: 'dari-demo' })
          : app.gql(`{ me { username } curricula { id courses { id } } }`, {}, { token }),
      ),
    );
    expect(results.map((r) => [r.status, r.errors])).toEqual(Array(24).fill([200, undefined]));
  });

  it('GET /health answers 200 with the database up', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('the committed api/schema.gql is the schema the code serves', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(`${printSchema(app.nest.get(GraphQLSchemaHost).schema)}\n`).toBe(committed);
  });

  it('a second start on the same database duplicates no seed data', async () => {
    const tables = ['user', 'role_assignment', 'region', 'facility', 'curriculum', 'course', 'lesson'];
    const before = await Promise.all(tables.map((t) => count(app, t)));
    const second = await startTestApp();
    await second.close();
    expect(await Promise.all(tables.map((t) => count(app, t)))).toEqual(before);
  });

  it('seeds every first-level division and one facility of every level', async () => {
    const token = await app.login('trainee');
    const regions = await app.gql<{ regions: { code: string; name: string; kind: string; id: string }[] }>(
      '{ regions { id code name kind } }',
      {},
      { token },
    );
    const names = regions.data!.regions.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '평양직할시',
        '평안남도',
        '평안북도',
        '자강도',
        '황해남도',
        '황해북도',
        '강원도',
        '함경남도',
        '함경북도',
        '량강도',
        '라선특별시',
        '남포특별시',
      ]),
    );
    const levels = new Set<string>();
    for (const code of ['KP-01', 'KP-02']) {
      const id = regions.data!.regions.find((r) => r.code === code)!.id;
      const facilities = await app.gql<{ facilities: { level: string; careLevel: string }[] }>(
        'query ($id: UUID!) { facilities(regionId: $id) { level careLevel } }',
        { id },
        { token },
      );
      facilities.data!.facilities.forEach((f) => levels.add(f.level));
    }
    expect([...levels].sort()).toEqual(['central', 'city_county', 'general_clinic', 'neighbourhood_clinic', 'provincial', 'ri_dong']);
  });

  it('answers a malformed query with a coded error, not a 500', async () => {
    const res = await app.gql('{ courses { id ');
    expect(res.status).toBeLessThan(500);
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].extensions.messageKo).toBeDefined();
  });
});
