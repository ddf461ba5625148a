import { isWebUrl, parseMarkdown, type Block as TreeBlock, type Inline as TreeInline } from '@dari/markdown';

/** How a run of text is set; `link` is only ever an http(s) URL. */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  small?: boolean;
  muted?: boolean;
  link?: string;
}

export type Inline = { kind: 'text'; text: string; style: TextStyle } | { kind: 'break' };

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { kind: 'heading'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; tight: boolean; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'table'; align: Align[]; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

export { isWebUrl };

export function text(value: string, style: TextStyle = {}): Inline {
  return { kind: 'text', text: value, style };
}

/**
 * Korean Markdown as the blocks the PDF lays out, from the same parse (@dari/markdown) the web reader renders,
 * so paper and screen always show the same text.
 */
export function layoutMarkdown(source: string): Block[] {
  return parseMarkdown(source).flatMap(layoutBlock);
}

const cellRuns = (cell: TreeInline[]) => flattenImages(runs(cell, {}));

function layoutBlock(block: TreeBlock): Block[] {
  switch (block.type) {
    case 'heading':
      return [{ kind: 'heading', level: block.depth <= 2 ? 2 : 3, inlines: cellRuns(block.children) }];
    case 'paragraph':
      return paragraph(runs(block.children, {}));
    case 'list': {
      const items = block.items.map((item) => item.flatMap(layoutBlock));
      return [{ kind: 'list', ordered: block.ordered, start: block.start, tight: block.tight, items }];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: block.children.flatMap(layoutBlock) }];
    case 'table':
      return [{ kind: 'table', align: block.align, header: block.header.map(cellRuns), rows: block.rows.map((row) => row.map(cellRuns)) }];
    case 'code':
      return [{ kind: 'code', text: block.value }];
    case 'rule':
      return [{ kind: 'rule' }];
  }
}

type InlineOrImage = Inline | { kind: 'image'; src: string; alt: string };

/** A paragraph; images in it become figures between the text around them. */
function paragraph(items: InlineOrImage[]): Block[] {
  const blocks: Block[] = [];
  let pending: Inline[] = [];
  const flush = () => {
    if (pending.some((item) => item.kind === 'text' && item.text.trim() !== '')) blocks.push({ kind: 'paragraph', inlines: pending });
    pending = [];
  };
  for (const item of items) {
    if (item.kind === 'image') {
      flush();
      blocks.push(item);
    } else {
      pending.push(item);
    }
  }
  flush();
  return blocks;
}

/** Inline nodes to styled runs; http(s) links keep their URL, which is also printed small after the text. */
function runs(nodes: TreeInline[], style: TextStyle): InlineOrImage[] {
  return nodes.flatMap((node): InlineOrImage[] => {
    switch (node.type) {
      case 'text':
        // A soft line break is a space, as on screen.
        return [text(node.value.replace(/\n/g, ' '), { ...style })];
      case 'code':
        return [text(node.value, { ...style, code: true })];
      case 'break':
        return [{ kind: 'break' }];
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italic: true });
      case 'image':
        return node.src === null ? [text(node.alt, { ...style, italic: true })] : [{ kind: 'image', src: node.src, alt: node.alt }];
      case 'link': {
        const link = node.href !== null && isWebUrl(node.href) ? node.href : undefined;
        const inner = runs(node.children, link ? { ...style, link } : style);
        return link ? [...inner, ...urlAfterText(link, plainText(inner))] : inner;
      }
    }
  });
}

const plainText = (items: InlineOrImage[]) => items.map((item) => (item.kind === 'text' ? item.text : '')).join('');

/** Paper cannot be clicked: print the URL after the link text unless the text already is the URL. */
function urlAfterText(url: string, linkText: string): Inline[] {
  const shown = readableUrl(url);
  if (linkText.trim() === shown || linkText.trim() === url) return [];
  return [text(' ', {}), text(`(${shown})`, { small: true, muted: true, link: url })];
}

/** Percent-encoded Korean in a URL printed as the letters a reader would type. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Where an image cannot be a figure (headings, table cells), its alt text stands in for it. */
function flattenImages(items: InlineOrImage[]): Inline[] {
  return items.map((item) => (item.kind === 'image' ? text(item.alt, { italic: true }) : item));
}
