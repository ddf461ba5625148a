import type { DiffPart, TextRange } from './model';

/** A run of text to render: `at` is its offset in the current body (for deleted text: where it was removed). */
export interface Piece {
  at: number;
  text: string;
  op: DiffPart['op'];
}

/** A highlighted range of the current body (a comment, a suggestion, a term), identified by `id`. */
export interface Mark extends TextRange {
  id: string;
  kind: 'comment' | 'suggestion' | 'term';
}

export interface Segment extends Piece {
  marks: Mark[];
}

/**
 * The diff's parts placed in the current body: equal and inserted text follow one another, deleted text takes
 * no room. Null when they do not spell out `body` (then the diff cannot be used to select text of it).
 */
export function diffPieces(diff: readonly DiffPart[], body: string): Piece[] | null {
  const pieces: Piece[] = [];
  let at = 0;
  for (const part of diff) {
    if (part.text === '') continue;
    pieces.push({ at, text: part.text, op: part.op });
    if (part.op !== 'delete') at += part.text.length;
  }
  const current = pieces
    .filter((piece) => piece.op !== 'delete')
    .map((piece) => piece.text)
    .join('');
  return current === body ? pieces : null;
}

/** The whole body as one unchanged piece. */
export const bodyPieces = (body: string): Piece[] => (body ? [{ at: 0, text: body, op: 'equal' }] : []);

/** Pieces cut where marks begin and end, each segment listing the marks covering it. */
export function segment(pieces: readonly Piece[], marks: readonly Mark[]): Segment[] {
  const segments: Segment[] = [];
  for (const piece of pieces) {
    if (piece.op === 'delete') {
      segments.push({ ...piece, marks: [] });
      continue;
    }
    const end = piece.at + piece.text.length;
    const cuts = new Set([piece.at, end]);
    for (const mark of marks) {
      if (mark.start > piece.at && mark.start < end) cuts.add(mark.start);
      if (mark.end > piece.at && mark.end < end) cuts.add(mark.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length - 1; i++) {
      const [from, to] = [sorted[i], sorted[i + 1]];
      segments.push({
        at: from,
        op: piece.op,
        text: piece.text.slice(from - piece.at, to - piece.at),
        marks: marks.filter((mark) => mark.start < to && mark.end > from),
      });
    }
  }
  return segments;
}

/**
 * Long unchanged runs shortened to their first and last `context` characters, so a reviewer sees the
 * changes; a run is kept whole when it is short or holds a mark. Returns the pieces to show, with `null`
 * standing for an omitted stretch.
 */
export function collapseUnchanged(pieces: readonly Piece[], marks: readonly Mark[], context = 120): (Piece | null)[] {
  const shown: (Piece | null)[] = [];
  pieces.forEach((piece, index) => {
    const end = piece.at + piece.text.length;
    const marked = marks.some((mark) => mark.start < end && mark.end > piece.at);
    if (piece.op !== 'equal' || marked || piece.text.length <= context * 2 + 20) {
      shown.push(piece);
      return;
    }
    const first = index === 0;
    const last = index === pieces.length - 1;
    if (!first) shown.push({ ...piece, text: piece.text.slice(0, context) });
    shown.push(null);
    if (!last) shown.push({ ...piece, at: end - context, text: piece.text.slice(-context) });
  });
  return shown;
}
