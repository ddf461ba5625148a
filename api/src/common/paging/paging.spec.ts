import { InvalidCursorException, OffsetTooDeepException } from './paging.exception';
import type { PageOf } from './page';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, offsetPage, offsetRange, pageWindow } from './paging';

const rows = Array.from({ length: 7 }, (_, i) => i);
const read = async (limit: number, offset: number) => rows.slice(offset, offset + limit);

describe('paging', () => {
  it('clamps the page size into 1-200 and a negative offset to 0; refuses an offset past 10,000', () => {
    expect(pageWindow({ first: 0 }).first).toBe(1);
    expect(pageWindow({ first: 5000 }).first).toBe(MAX_PAGE_SIZE);
    expect(pageWindow({}).first).toBe(50);
    expect(pageWindow({ offset: -3 }).offset).toBe(0);
    expect(() => pageWindow({ offset: 10_001 })).toThrow(OffsetTooDeepException);
    expect(pageWindow({ after: 'a', before: 'b' })).toEqual({ first: 50, offset: 0, after: 'a' });
  });

  it('reads back only the cursors it gave out', () => {
    const isPair = (key: unknown): key is [string, string] =>
      Array.isArray(key) && key.length === 2 && key.every((v) => typeof v === 'string');
    expect(decodeCursor(encodeCursor(['김', 'R-1']), 'after', isPair)).toEqual(['김', 'R-1']);
    for (const bad of ['not-a-cursor', encodeCursor(['o', 3]), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 'after', isPair)).toThrow(InvalidCursorException);
    }
  });

  it('walks an offset list with nextCursor, and back with before', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: PageOf<number> = offsetPage({ first: 3, after }, read, async () => rows.length);
      seen.push(...(await page.items));
      after = await page.nextCursor;
      pages++;
    } while (after);
    expect(seen).toEqual(rows);
    expect(pages).toBe(3);
    expect(offsetRange(pageWindow({ first: 3, before: encodeCursor(['o', 5]) }))).toEqual({ offset: 2, limit: 3 });
    expect(offsetRange(pageWindow({ first: 3, before: encodeCursor(['o', 2]) }))).toEqual({ offset: 0, limit: 2 });
  });

  it('reads rows only when they are selected and counts only when the total is', async () => {
    let reads = 0;
    let counts = 0;
    const page = offsetPage(
      { first: 2 },
      async (limit, offset) => (reads++, read(limit, offset)),
      async () => (counts++, rows.length),
    );
    expect([reads, counts]).toEqual([0, 0]);
    expect(await page.total).toBe(7);
    expect([reads, counts]).toEqual([0, 1]);
    await Promise.all([page.items, page.nextCursor, page.items]);
    expect([reads, counts]).toEqual([1, 1]);
  });
});
