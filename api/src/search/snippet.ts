import { parseMarkdown, visibleText } from '@dari/markdown';

export interface SnippetPart {
  text: string;
  match: boolean;
}

const BEFORE = 40;
const LENGTH = 160;

/** Markdown reduced to the words a reader sees, for snippets: the reader's own parse, so `2*3` stays `2*3`. */
export function plainText(markdown: string): string {
  return visibleText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}

/**
 * A short window of `text` around the first match of any term, split into plain pieces with the matches
 * marked; clients render `match` pieces as highlights and never interpret the text as markup.
 */
export function snippet(text: string, terms: string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const needles = terms.map((t) => t.toLowerCase()).filter(Boolean);
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  const window = text.slice(start, end);
  const parts = split(window, window.toLowerCase(), needles);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

function split(text: string, lower: string, needles: string[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const needle = needles.find((n) => lower.startsWith(n, i));
    if (!needle) {
      i++;
      continue;
    }
    if (i > plainFrom) parts.push({ text: text.slice(plainFrom, i), match: false });
    parts.push({ text: text.slice(i, i + needle.length), match: true });
    i += needle.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), match: false });
  return parts;
}
