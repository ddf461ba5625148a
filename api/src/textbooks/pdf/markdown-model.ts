import MarkdownIt from 'markdown-it';

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

type Token = MarkdownIt.Token;

// html: false prints raw HTML as text; validateLink (kept as is) drops javascript:, vbscript:, file: and data: links.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

export function text(value: string, style: TextStyle = {}): Inline {
  return { kind: 'text', text: value, style };
}

/** Parses Korean Markdown into the blocks the renderer lays out. */
export function parseMarkdown(source: string): Block[] {
  const tokens = markdown.parse(source.normalize('NFC'), {});
  return new BlockReader(tokens).readUntil(null);
}

class BlockReader {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  /** Reads blocks until the closing token `closeType` (consumed) or the end. */
  readUntil(closeType: string | null): Block[] {
    const blocks: Block[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++];
      if (token.type === closeType) return blocks;
      blocks.push(...this.readBlock(token));
    }
    return blocks;
  }

  private readBlock(token: Token): Block[] {
    switch (token.type) {
      case 'heading_open': {
        const inlines = flattenImages(readInlines(this.next().children ?? []));
        this.index++; // heading_close
        return [{ kind: 'heading', level: token.tag === 'h1' || token.tag === 'h2' ? 2 : 3, inlines }];
      }
      case 'paragraph_open':
        return this.readParagraph();
      case 'bullet_list_open':
      case 'ordered_list_open':
        return [this.readList(token)];
      case 'blockquote_open':
        return [{ kind: 'quote', blocks: this.readUntil('blockquote_close') }];
      case 'table_open':
        return [this.readTable()];
      case 'fence':
      case 'code_block':
        return [{ kind: 'code', text: token.content.replace(/\n$/, '') }];
      case 'hr':
        return [{ kind: 'rule' }];
      default:
        return [];
    }
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  /** A paragraph; images in it become figures between the text around them. */
  private readParagraph(): Block[] {
    const inline = this.next();
    this.index++; // paragraph_close
    const blocks: Block[] = [];
    let pending: Inline[] = [];
    const flush = () => {
      if (pending.some((item) => item.kind === 'text' && item.text.trim() !== '')) {
        blocks.push({ kind: 'paragraph', inlines: pending });
      }
      pending = [];
    };
    for (const item of readInlines(inline.children ?? [])) {
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

  private readList(open: Token): Block {
    const ordered = open.type === 'ordered_list_open';
    const closeType = ordered ? 'ordered_list_close' : 'bullet_list_close';
    const items: Block[][] = [];
    let tight = true;
    while (this.index < this.tokens.length) {
      const token = this.next();
      if (token.type === closeType) break;
      if (token.type !== 'list_item_open') continue;
      const paragraph = this.tokens[this.index];
      if (paragraph?.type === 'paragraph_open' && !paragraph.hidden) tight = false;
      items.push(this.readUntil('list_item_close'));
    }
    return { kind: 'list', ordered, start: Number(open.attrGet('start') ?? 1), tight, items };
  }

  private readTable(): Block {
    const align: Align[] = [];
    const header: Inline[][] = [];
    const rows: Inline[][][] = [];
    let row: Inline[][] = [];
    while (this.index < this.tokens.length) {
      const token = this.next();
      if (token.type === 'table_close') break;
      if (token.type === 'tr_open') row = [];
      if (token.type === 'th_open') align.push(cellAlign(token));
      if (token.type === 'inline') row.push(flattenImages(readInlines(token.children ?? [])));
      if (token.type === 'tr_close' && header.length === 0) header.push(...row);
      else if (token.type === 'tr_close') rows.push(row);
    }
    return { kind: 'table', align, header, rows };
  }
}

function attribute(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function cellAlign(token: Token): Align {
  const match = /text-align:(left|center|right)/.exec(attribute(token, 'style'));
  return (match?.[1] as Align | undefined) ?? 'left';
}

type InlineOrImage = Inline | { kind: 'image'; src: string; alt: string };

/** Inline tokens to styled runs; http(s) links keep their URL, which is also printed small after the text. */
function readInlines(children: Token[]): InlineOrImage[] {
  const result: InlineOrImage[] = [];
  const style: TextStyle = {};
  let linkText = '';
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        result.push(text(token.content, { ...style }));
        if (style.link) linkText += token.content;
        break;
      case 'code_inline':
        result.push(text(token.content, { ...style, code: true }));
        if (style.link) linkText += token.content;
        break;
      case 'softbreak':
        result.push(text(' ', { ...style }));
        break;
      case 'hardbreak':
        result.push({ kind: 'break' });
        break;
      case 'strong_open':
      case 'strong_close':
        style.bold = token.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        style.italic = token.type === 'em_open';
        break;
      case 'link_open': {
        const href = attribute(token, 'href');
        if (isWebUrl(href)) style.link = href;
        linkText = '';
        break;
      }
      case 'link_close':
        if (style.link) result.push(...urlAfterText(style.link, linkText));
        delete style.link;
        break;
      case 'image':
        result.push({ kind: 'image', src: attribute(token, 'src'), alt: token.content });
        break;
      default:
        break;
    }
  }
  return result;
}

/** Paper cannot be clicked: print the URL after the link text unless the text already is the URL. */
function urlAfterText(url: string, linkText: string): Inline[] {
  const shown = markdown.normalizeLinkText(url);
  if (linkText.trim() === shown || linkText.trim() === url) return [];
  return [text(' ', {}), text(`(${shown})`, { small: true, muted: true, link: url })];
}

/** Where an image cannot be a figure (headings, table cells), its alt text stands in for it. */
function flattenImages(items: InlineOrImage[]): Inline[] {
  return items.map((item) => (item.kind === 'image' ? text(item.alt, { italic: true }) : item));
}
