import type { Block, Inline } from './tree.js';

/** The text of inline nodes as a reader sees it; an image counts as its caption (alt text). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value;
        case 'image':
          return node.alt;
        case 'break':
          return '\n';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

/** The whole text a reader sees, one block a line (table cells separated by tabs). */
export function visibleText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.children);
    case 'list':
      return block.items.map(visibleText).join('\n');
    case 'blockquote':
      return visibleText(block.children);
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(inlineText).join('\t')).join('\n');
    case 'code':
      return block.value;
    case 'rule':
      return '';
  }
}
