/**
 * Checks that a rendering keeps every clinically meaningful part of its Markdown source. The check reads the
 * source with its own simple rules, independent of the parser, so a parser that swallows characters as
 * formatting (a `~` read as strikethrough, a `*` inside a dose read as emphasis) is caught.
 */

// Numbers with what makes them clinical: a comparison before (`<140`, `>=2`, `≥7.0`), ranges, ratios and
// products (`140~150/90~100`, `2*3`, `1:1000`), and a `+` grade or `%` after.
const NUMBER = /(?:[<>≤≥]=?\s?)?\d+(?:[.,]\d+)*(?:\s?[~\-–/:×x*]\s?\d+(?:[.,]\d+)*)*(?:\s?%|\+)?/g;
// Latin words: drug names, units and abbreviations; an underscore inside a word is part of it.
const LATIN_WORD = /[A-Za-zµμ](?:[A-Za-z0-9µμ\-']|_(?=[A-Za-z0-9]))*/g;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/g;

/** The source with only unambiguous syntax removed: link and image targets, list and quote markers. */
function sourceText(markdown: string): string {
  return markdown
    .replace(/!?\[((?:[^\]\\]|\\.)*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/^[ \t]*(?:>[ \t]?)*(?:\d{1,9}[.)]|[-*+])[ \t]+/gm, '')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The numbers, ranges and Latin words of a source, in order, without spaces. */
export function clinicalTokens(markdown: string): string[] {
  const text = sourceText(markdown);
  const found: { at: number; end: number; value: string }[] = [];
  for (const pattern of [NUMBER, LATIN_WORD]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({ at, end: at + match[0].length, value: squeeze(match[0]) });
    }
  }
  // Where a word and a number overlap (`H2O`, `3HP`), the one that starts first stands for both.
  let end = 0;
  return found
    .sort((a, b) => a.at - b.at || b.end - a.end)
    .filter((token) => token.at >= end && ((end = Math.max(end, token.end)), true))
    .map((token) => token.value);
}

export interface FidelityOptions {
  /**
   * Exact: the rendering has the source's Hangul and nothing else in between (the web reader). Otherwise the
   * rendering may add text around it (a PDF's page headers, list numbers, printed URLs), so the source's Hangul
   * must appear in order among it.
   */
  exact: boolean;
}

/** What the rendering lost or changed, as readable problems; empty when it is faithful. */
export function fidelityProblems(markdown: string, rendered: string, { exact }: FidelityOptions): string[] {
  const problems: string[] = [];
  const text = squeeze(rendered);
  let from = 0;
  for (const token of clinicalTokens(markdown)) {
    const at = text.indexOf(token, from);
    if (at < 0) {
      const elsewhere = text.indexOf(token) >= 0 ? ' (only earlier, out of order)' : '';
      problems.push(`"${token}" is missing${elsewhere} after "${text.slice(Math.max(0, from - 20), from)}"`);
    } else {
      from = at + token.length;
    }
  }
  const want = sourceText(markdown).match(HANGUL) ?? [];
  const got = rendered.match(HANGUL) ?? [];
  const lost = exact ? firstDifference(want, got) : firstUnmatched(want, got);
  if (lost >= 0) {
    problems.push(`Korean text differs from the source at "${want.slice(Math.max(0, lost - 10), lost + 10).join('')}"`);
  }
  return problems;
}

function firstDifference(want: string[], got: string[]): number {
  for (let i = 0; i < Math.max(want.length, got.length); i++) if (want[i] !== got[i]) return i;
  return -1;
}

/** The index of the first wanted character that cannot be matched in order in `got`, or -1. */
function firstUnmatched(want: string[], got: string[]): number {
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < got.length && got[j] !== want[i]) j++;
    if (j === got.length) return i;
    j++;
  }
  return -1;
}
