import { afterEach, describe, expect, it } from 'vitest';
import { anchorRange, blockAt, bodyOffset, selectionToRange } from './textOffsets';

const body = '첫 문단이다.\n\n오랜 우울증은 치료가 필요하다.\n\n끝.';

/** Leaves as ReviewText renders them: each carries where its text starts in the body. */
function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selectionToRange', () => {
  it('maps a selection inside one run to offsets in the body', () => {
    const root = render(`<span data-offset="0">${body}</span>`);
    const text = root.firstChild!.firstChild!;
    const start = body.indexOf('우울증은');
    expect(selectionToRange(root, select(text, start, text, start + 4))).toEqual({ start, end: start + 4 });
  });

  it('counts across highlighted runs and ignores deleted text of the old version', () => {
    const at = body.indexOf('우울증은');
    const root = render(
      `<span data-offset="0">${body.slice(0, at)}</span>` +
        `<del data-offset="${at}" data-deleted="">슬픈</del>` +
        `<ins data-offset="${at}" class="mark--comment">${body.slice(at, at + 4)}</ins>` +
        `<span data-offset="${at + 4}">${body.slice(at + 4)}</span>`,
    );
    const [before, deleted, marked, after] = [...root.children].map((child) => child.firstChild!);
    // From inside the deleted word (its position) to two characters into the run after the mark.
    expect(selectionToRange(root, select(deleted, 1, after, 2))).toEqual({ start: at, end: at + 6 });
    expect(selectionToRange(root, select(before, 2, marked, 3))).toEqual({ start: 2, end: at + 3 });
  });

  it('orders a backwards selection and refuses one outside the text', () => {
    const root = render(`<span data-offset="0">${body}</span>`);
    const outside = render('<p>다른 곳</p>');
    const text = root.firstChild!.firstChild!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.setBaseAndExtent(text, 5, text, 2);
    expect(selectionToRange(root, selection)).toEqual({ start: 2, end: 5 });
    expect(selectionToRange(root, select(outside.firstChild!.firstChild!, 0, outside.firstChild!.firstChild!, 2))).toBeNull();
    expect(bodyOffset(root, outside, 0)).toBeNull();
  });

  it('maps a position between runs to the next run', () => {
    const root = render(`<span data-offset="0">첫 </span><span data-offset="2">문단</span>`);
    expect(bodyOffset(root, root, 1)).toBe(2);
    expect(bodyOffset(root, root, 2)).toBe(4);
  });
});

describe('anchorRange', () => {
  it('trims the selection of surrounding spaces', () => {
    const at = body.indexOf('오랜');
    expect(anchorRange(body, { start: at - 1, end: at + 3 })).toEqual({ start: at, end: at + 2 });
  });

  it('takes the whole paragraph for a click without a selection', () => {
    const at = body.indexOf('치료가');
    const paragraph = '오랜 우울증은 치료가 필요하다.';
    expect(anchorRange(body, { start: at, end: at })).toEqual({
      start: body.indexOf(paragraph),
      end: body.indexOf(paragraph) + paragraph.length,
    });
    expect(blockAt(body, 0)).toEqual({ start: 0, end: '첫 문단이다.'.length });
    expect(blockAt(body, body.length)).toEqual({ start: body.length - 2, end: body.length });
  });
});
