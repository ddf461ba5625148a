import { describe, expect, it } from 'vitest';
import { bodyPieces, collapseUnchanged, diffPieces, segment, type Mark } from './segments';

const diff = [
  { op: 'equal' as const, text: '오랜 ' },
  { op: 'delete' as const, text: '우울증은' },
  { op: 'insert' as const, text: '슬픔증은' },
  { op: 'equal' as const, text: ' 치료가 필요하다.' },
];
const body = '오랜 슬픔증은 치료가 필요하다.';

describe('diffPieces', () => {
  it('places the diff in the current body, deleted text taking no room', () => {
    expect(diffPieces(diff, body)).toEqual([
      { at: 0, op: 'equal', text: '오랜 ' },
      { at: 3, op: 'delete', text: '우울증은' },
      { at: 3, op: 'insert', text: '슬픔증은' },
      { at: 7, op: 'equal', text: ' 치료가 필요하다.' },
    ]);
  });

  it('refuses a diff that does not spell out the body (computed for another text)', () => {
    expect(diffPieces(diff, `${body} 더`)).toBeNull();
  });
});

describe('segment', () => {
  it('cuts runs where marks begin and end and lists the marks over each', () => {
    const comment: Mark = { id: 'c1', kind: 'comment', start: 0, end: 7 };
    const term: Mark = { id: 't1', kind: 'term', start: 3, end: 7 };
    const segments = segment(diffPieces(diff, body)!, [comment, term]);
    expect(segments.map((s) => [s.at, s.op, s.text, s.marks.map((m) => m.id)])).toEqual([
      [0, 'equal', '오랜 ', ['c1']],
      [3, 'delete', '우울증은', []],
      [3, 'insert', '슬픔증은', ['c1', 't1']],
      [7, 'equal', ' 치료가 필요하다.', []],
    ]);
    expect(segment(bodyPieces(body), [{ id: 's', kind: 'suggestion', start: 8, end: 11 }]).map((s) => s.text)).toEqual([
      '오랜 슬픔증은 ',
      '치료가',
      ' 필요하다.',
    ]);
  });
});

describe('collapseUnchanged', () => {
  it('shortens long unchanged runs around the changes, keeping marked ones whole', () => {
    const long = '가'.repeat(500);
    const pieces = diffPieces(
      [
        { op: 'equal', text: long },
        { op: 'insert', text: '새 말' },
        { op: 'equal', text: long },
      ],
      `${long}새 말${long}`,
    )!;
    const shown = collapseUnchanged(pieces, [], 10);
    expect(shown.map((piece) => piece && [piece.at, piece.text.length])).toEqual([null, [490, 10], [500, 3], [503, 10], null]);
    expect(collapseUnchanged(pieces, [{ id: 'c', kind: 'comment', start: 5, end: 6 }], 10)[0]).toEqual(pieces[0]);
  });
});
