/**
 * Markdown a reader never sees as prose: fenced code blocks, code spans, link and image destinations,
 * reference definitions, URLs, HTML tags and comments. Link text and image alt text stay (readers see them).
 */

/** Stands in for masked text: not a word character and not whitespace, so nothing matches across it. */
export const MASK = '\u0000';

const PATTERNS: RegExp[] = [
  // Code spans: a run of backticks up to the next run of the same length.
  /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g,
  // HTML comments and tags (their attributes are not prose).
  /<!--[\s\S]*?-->/g,
  /<\/?[A-Za-z][^<>\n]*>/g,
  // Autolinks and bare URLs.
  /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/g,
  /\b(?:https?|ftp|mailto):[^\s<>()]+|\bwww\.[^\s<>()]+/g,
];

// The destination of an inline link or image: ](url) or ](<url> "title"); the title is left alone.
const DESTINATION = /\]\(\s*(<[^<>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)/g;
// A reference definition: [label]: url
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)/gm;

/** `text` with every excluded character replaced by MASK; offsets are unchanged. */
export function maskMarkdown(text: string): string {
  const chars = text.split('');
  const mask = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = MASK;
  };
  maskFences(text, mask);
  let masked = chars.join('');
  for (const pattern of PATTERNS) {
    for (const m of masked.matchAll(pattern)) mask(m.index, m.index + m[0].length);
    masked = chars.join('');
  }
  for (const pattern of [DESTINATION, REFERENCE]) {
    for (const m of masked.matchAll(pattern)) {
      const url = m[1];
      const from = m.index + m[0].length - url.length;
      mask(from, from + url.length);
    }
    masked = chars.join('');
  }
  return masked;
}

/** Fenced code blocks (``` or ~~~), masked up to the closing fence or the end of the text. */
function maskFences(text: string, mask: (from: number, to: number) => void) {
  let open: { marker: string; start: number } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      const closes = fence && fence[1][0] === open.marker[0] && fence[1].length >= open.marker.length && line.trim() === fence[1];
      if (closes) {
        mask(open.start, offset + line.length);
        open = undefined;
      }
    } else if (fence) {
      open = { marker: fence[1], start: offset };
    }
    offset += line.length + 1;
  }
  if (open) mask(open.start, text.length);
}
