import { InvalidCursorException, OffsetTooDeepException } from './paging.exception';
import type { PageArgs } from './page.args';
import { lazyPage, type PageOf } from './page';

/** The largest page; a larger `first` is read as this. */
export const MAX_PAGE_SIZE = 200;
/** Offsets beyond this are refused: deeper pages are reached with cursors. */
export const MAX_OFFSET = 10_000;

export interface PageWindow {
  first: number;
  offset: number;
  after?: string;
  before?: string;
}

/** The one clamp of paging arguments: 1 ≤ first ≤ MAX_PAGE_SIZE, 0 ≤ offset ≤ MAX_OFFSET (refused beyond), `after` over `before`. */
export function pageWindow(args: Partial<PageArgs>): PageWindow {
  const first = Math.min(Math.max(Math.trunc(args.first ?? 50), 1), MAX_PAGE_SIZE);
  const offset = Math.max(Math.trunc(args.offset ?? 0), 0);
  if (offset > MAX_OFFSET) throw new OffsetTooDeepException(MAX_OFFSET);
  const after = args.after ?? undefined;
  const before = after === undefined ? (args.before ?? undefined) : undefined;
  return { first, offset, ...(after !== undefined && { after }), ...(before !== undefined && { before }) };
}

/** An opaque cursor: base64url of a JSON array (a list's sort key, or an offset), so it survives URLs untouched. */
export const encodeCursor = (key: readonly (string | number)[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** The key of a cursor this API gave out, checked by `valid`; anything else is INVALID_CURSOR-like BAD_USER_INPUT. */
export function decodeCursor<K>(text: string, field: string, valid: (key: unknown) => key is K): K {
  try {
    const key: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (valid(key)) return key;
  } catch {
    // refused below
  }
  throw new InvalidCursorException(field);
}

type OffsetKey = ['o', number];
const isOffsetKey = (key: unknown): key is OffsetKey =>
  Array.isArray(key) && key.length === 2 && key[0] === 'o' && Number.isInteger(key[1]) && (key[1] as number) >= 0;

/** Rows `[offset, offset + limit)` of a list without a keyset order, from the window's cursor and offset. */
export function offsetRange(window: PageWindow): { offset: number; limit: number } {
  if (window.after) return { offset: decodeCursor(window.after, 'after', isOffsetKey)[1] + window.offset, limit: window.first };
  if (window.before) {
    const end = Math.max(decodeCursor(window.before, 'before', isOffsetKey)[1] - window.offset, 0);
    return { offset: Math.max(end - window.first, 0), limit: Math.min(window.first, end) };
  }
  return { offset: window.offset, limit: window.first };
}

/**
 * A page of a list ordered without a unique key (ranked, or by a name that repeats): `read(limit, offset)` is
 * asked for one row more than the page, to know whether a next page exists. Cursors carry the offset.
 */
export function offsetPage<T>(
  args: Partial<PageArgs>,
  read: (limit: number, offset: number) => Promise<T[]>,
  count: () => Promise<number>,
): PageOf<T> {
  const { offset, limit } = offsetRange(pageWindow(args));
  return lazyPage(async () => {
    const rows = limit > 0 ? await read(limit + 1, offset) : [];
    return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? encodeCursor(['o', offset + limit]) : null };
  }, count);
}
