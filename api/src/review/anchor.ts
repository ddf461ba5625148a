/**
 * Where a comment or a suggestion points in a text: the quoted words with a little context on each side (the
 * W3C Web Annotation TextQuoteSelector) plus the offset they had. Offsets go stale as the text is edited; the
 * quote is found again, and among several occurrences the one whose context matches best (then the nearest to
 * the old offset) wins. A quote that no longer occurs leaves the anchor orphaned (null).
 */
export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
}

export interface Range {
  start: number;
  end: number;
}

export const CONTEXT_LENGTH = 32;

/** The anchor of text[start, end) in its text. */
export function anchorAt(text: string, { start, end }: Range): Anchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
  };
}

export function locate(text: string, anchor: Anchor): Range | null {
  if (!anchor.quote) return null;
  let best: { range: Range; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const end = at + anchor.quote.length;
    const score =
      commonSuffix(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
      commonPrefix(text.slice(end, end + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { range: { start: at, end }, score, distance };
  }
  return best?.range ?? null;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
