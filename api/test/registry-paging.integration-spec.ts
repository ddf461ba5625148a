import { randomUUID } from 'node:crypto';
import { WorkerListService } from '../src/licensing/registry/worker-list.service';
import { Role } from '../src/access/role.enum';
import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker } from './support/workforce';

const PAGE = `query ($filter: WorkerFilter, $first: Int, $offset: Int, $after: String, $before: String) {
  workers(filter: $filter, first: $first, offset: $offset, after: $after, before: $before) { nextCursor items { id name registrationNumber cursor } } }`;

interface Row {
  id: string;
  name: string;
  registrationNumber: string;
  cursor: string;
}

const byListOrder = (a: { name: string; registrationNumber: string }, b: { name: string; registrationNumber: string }) =>
  a.name < b.name
    ? -1
    : a.name > b.name
      ? 1
      : a.registrationNumber < b.registrationNumber
        ? -1
        : a.registrationNumber > b.registrationNumber
          ? 1
          : 0;

describe(`registrar worker list: keyset paging (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;
  // A tag no other spec's worker contains, so `search` isolates this spec's workers.
  const tag = `KS${randomUUID().slice(0, 6).toUpperCase()}`;

  beforeAll(async () => {
    app = await startTestApp();
    registrar = await app.login('registrar');
    facilityId = (await firstFacilityIn(app)).id;
  });
  afterAll(() => app.close());

  const pageWithCursor = async (variables: Record<string, unknown>) => {
    const result = await app.gql<{ workers: { items: Row[]; nextCursor: string | null } }>(
      PAGE,
      { filter: { search: tag }, first: 3, ...variables },
      { token: registrar },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.workers;
  };
  const page = async (variables: Record<string, unknown>) => (await pageWithCursor(variables)).items;
  // Names sort by the letter after the tag: `${tag}-B` etc.; registration numbers carry the tag too.
  const add = (letter: string, serial: number) =>
    registerWorker(app, registrar, { facilityId, name: `${tag}-${letter}` }).then(async (id) => {
      await app.db.query(`UPDATE worker SET registration_number = $2 WHERE id = $1`, [id, `${tag}-${letter}-${serial}`]);
      return id;
    });

  it('walks every page with no gap or repeat while workers are added between pages, and pages back with `before`', async () => {
    const original = [];
    for (const [i, letter] of ['B', 'D', 'D', 'F', 'H', 'J', 'L', 'N', 'P', 'R', 'T'].entries()) original.push(await add(letter, i));
    const seen: Row[] = [];
    const addedAfter: string[] = [];
    let after: string | undefined;
    for (let round = 0; ; round++) {
      const rows = await page({ after });
      seen.push(...rows);
      if (rows.length < 3) break; // a short page is the last
      after = rows[rows.length - 1].cursor;
      // One worker lands before the reader's position (already passed) and one after it (still to come).
      await add('A', 100 + round);
      addedAfter.push(await add('Z', 200 + round));
      expect(round).toBeLessThan(20);
    }
    const ids = seen.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...seen].sort(byListOrder)).toEqual(seen);
    for (const id of [...original, ...addedAfter]) expect(ids).toContain(id);

    // Paging back from any row gives exactly the rows before it, in list order.
    const all = await page({ first: 100 });
    expect(all.length).toBe(original.length + 2 * addedAfter.length);
    for (const at of [3, 7, all.length - 1]) {
      expect((await page({ before: all[at].cursor })).map((r) => r.id)).toEqual(all.slice(at - 3, at).map((r) => r.id));
    }
    // The offset pages agree with the keyset pages.
    expect((await page({ offset: 6 })).map((r) => r.id)).toEqual(all.slice(6, 9).map((r) => r.id));

    // `nextCursor` is the last row's cursor while rows remain, and null on the last page.
    const walked: Row[] = [];
    let next: string | null | undefined;
    do {
      const result = await pageWithCursor({ first: 4, after: next });
      walked.push(...result.items);
      next = result.nextCursor;
      if (next) expect(next).toBe(result.items[result.items.length - 1].cursor);
    } while (next);
    expect(walked.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await pageWithCursor({ first: all.length })).nextCursor).toBeNull();
  });

  it('exports in keyset batches: every matching worker once, in list order', async () => {
    const all = await page({ first: 100 });
    const exported = [];
    for await (const batch of app.nest.get(WorkerListService).exportBatches(['KP-02/'], { search: tag }, 4)) exported.push(...batch);
    expect(exported.map((r) => r.registration_number)).toEqual(all.map((r) => r.registrationNumber));
  });

  it('finds two-character terms (most Korean names) in names and registration numbers, as ILIKE would', async () => {
    const pair = String.fromCodePoint(0xbdc1 + Math.floor(Math.random() * 50), 0xc26b + Math.floor(Math.random() * 50));
    const named = [
      await registerWorker(app, registrar, { facilityId, name: `김${pair}` }),
      await registerWorker(app, registrar, { facilityId, name: `${pair}` }),
    ];
    const COUNTED = `query ($filter: WorkerFilter) { workers(filter: $filter, first: 100) { total items { id registrationNumber } } }`;
    type Counted = { workers: { total: number; items: Row[] } };
    const byName = await app.gql<Counted>(COUNTED, { filter: { search: pair } }, { token: registrar });
    expect(byName.data!.workers.items.map((w) => w.id).sort()).toEqual([...named].sort());
    expect(byName.data!.workers.total).toBe(2);
    // Lower case finds upper-case registration numbers, like ILIKE.
    const byNumber = await app.gql<Counted>(COUNTED, { filter: { search: tag.slice(2, 4).toLowerCase() } }, { token: registrar });
    expect(byNumber.data!.workers.items.some((w) => w.registrationNumber.startsWith(tag))).toBe(true);
  });

  it('refuses a cursor it did not give out and an offset past the cap, with coded messages', async () => {
    for (const variables of [{ after: 'not-a-cursor' }, { before: Buffer.from('{"a":1}').toString('base64url') }, { offset: 10_001 }]) {
      const result = await app.gql(PAGE, { first: 3, ...variables }, { token: registrar });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions).toMatchObject({ messageKo: expect.any(String), messageEn: expect.any(String) });
    }
  });

  it('keeps keyset pages inside the caller’s region', async () => {
    const pyongyang = (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
    const [first] = await page({ first: 1 });
    const result = await app.gql<{ workers: { items: Row[]; nextCursor: string | null } }>(
      PAGE,
      { filter: { search: tag }, first: 50, after: first.cursor },
      { token: pyongyang },
    );
    expect(result.data!.workers).toEqual({ items: [], nextCursor: null });
  });
});
