import { diffArrays } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Words (Hangul, Latin, digits), runs of white space, and single punctuation marks. */
const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * A word-level diff for reviewers, Korean-aware: Korean attaches particles and endings to words (우울증은 ->
 * 우울증을), so where one word replaces another that shares its beginning or end, only the differing part is
 * marked. Adjacent parts of the same kind are merged; joining the equal and deleted parts gives `before`,
 * the equal and inserted parts `after`.
 */
export function diffKoreanWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  const changes = diffArrays(tokenize(before), tokenize(after));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const next = changes[i + 1];
    if (change.removed && next?.added && change.value.length === 1 && next.value.length === 1) {
      refineWord(change.value[0], next.value[0], push);
      i++;
    } else {
      push(change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
    }
  }
  return parts;
}

/**
 * One word replaced by another: keep a common beginning (the stem before a changed particle or ending) or a
 * common end of two or more characters as equal text; otherwise the whole word is replaced, which reads better
 * than scattered syllables (흔하다 -> 찾는다).
 */
function refineWord(removed: string, added: string, push: (op: DiffOp, text: string) => void) {
  const a = [...removed];
  const b = [...added];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if (start === 0 && end < 2) end = 0;
  push('equal', a.slice(0, start).join(''));
  push('delete', a.slice(start, a.length - end).join(''));
  push('insert', b.slice(start, b.length - end).join(''));
  push('equal', a.slice(a.length - end).join(''));
}
