import type { TextRange } from './model';

/**
 * Mapping a DOM selection to offsets in a revision's body. Text is rendered in leaf elements that each carry
 * `data-offset` (where their text starts in the body) and hold exactly the body's characters from there; a
 * leaf with `data-deleted` (text of the old version shown in a diff) stands for a position, not for text.
 */
const LEAF = '[data-offset]';

function leafOf(node: Node, root: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const leaf = element?.closest<HTMLElement>(LEAF) ?? null;
  return leaf && root.contains(leaf) ? leaf : null;
}

/** The body offset of a DOM position (a node and an offset in it, as in Selection and Range), or null outside. */
export function bodyOffset(root: Node, node: Node, offset: number): number | null {
  const leaf = leafOf(node, root);
  if (leaf) {
    const start = Number(leaf.dataset.offset);
    if (leaf.dataset.deleted !== undefined) return start;
    const range = document.createRange();
    range.setStart(leaf, 0);
    range.setEnd(node, offset);
    return start + range.toString().length;
  }
  // A position between leaves (e.g. a whole block selected by triple-click): take the next leaf's start.
  if (!root.contains(node)) return null;
  const container = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
  const next = container?.childNodes[offset];
  const nextLeaf = next ? (next instanceof Element ? (next.matches(LEAF) ? next : next.querySelector(LEAF)) : null) : null;
  if (nextLeaf instanceof HTMLElement) return Number(nextLeaf.dataset.offset);
  const leaves = container?.querySelectorAll<HTMLElement>(LEAF);
  const last = leaves?.[leaves.length - 1];
  return last ? Number(last.dataset.offset) + (last.dataset.deleted !== undefined ? 0 : (last.textContent ?? '').length) : null;
}

/** The selected range of the body, ordered; null when the selection is not inside `root`. */
export function selectionToRange(root: Node, selection: Selection | null): TextRange | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = bodyOffset(root, range.startContainer, range.startOffset);
  const end = bodyOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}

/** The paragraph (text between blank lines) around an offset, without its surrounding whitespace. */
export function blockAt(body: string, offset: number): TextRange {
  const before = body.lastIndexOf('\n\n', Math.max(0, offset - 1));
  let start = before === -1 ? 0 : before + 2;
  const after = body.indexOf('\n\n', offset);
  let end = after === -1 ? body.length : after;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return { start, end };
}

/** What a comment or suggestion anchors to: the selection trimmed of spaces, or the whole paragraph for a click. */
export function anchorRange(body: string, selected: TextRange): TextRange | null {
  let { start, end } = selected;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (start < end) return { start, end };
  const block = blockAt(body, selected.start);
  return block.start < block.end ? block : null;
}
