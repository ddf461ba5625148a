import MarkdownIt, { type StateInline, type Token } from 'markdown-it';
import type { Align, Block, Inline } from './tree.js';
import { allowedUrl } from './url.js';

/**
 * The one Markdown configuration of Dari: CommonMark with pipe tables, nothing else. Raw HTML is text
 * (`html: false`), there is no typography or autolinking that would change what was written, and
 * strikethrough is switched off: `~` is the range sign in Korean (`400~600 µg`), never formatting.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).disable(['strikethrough']);
markdown.inline.ruler.before('emphasis', 'star_between_digits', starBetweenDigits);

const DIGIT = /[0-9]/;

/**
 * `2*3` is a dose, not the start of emphasis: CommonMark lets a `*` between two digits pair with a later one
 * (`2*3 ... 4*5` would italicise the text between). A `*` run with a digit on both sides is kept as text.
 * (Korean needs `*` next to letters to stay emphasis: `**자간전증**은`.)
 */
function starBetweenDigits(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  let end = start;
  while (state.src[end] === '*') end++;
  if (end === start || !DIGIT.test(state.src[start - 1] ?? '') || !DIGIT.test(state.src[end] ?? '')) return false;
  if (!silent) state.push('text', '', 0).content = state.src.slice(start, end);
  state.pos = end;
  return true;
}

/** Parses Korean Markdown into the tree that the web reader and the PDF typesetter both render. */
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
      const block = this.readBlock(token);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  private readBlock(token: Token): Block | null {
    const line = token.map?.[0] ?? 0;
    switch (token.type) {
      case 'heading_open': {
        const children = readInlines(this.next().children ?? []);
        this.index++; // heading_close
        return { type: 'heading', depth: Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children, line };
      }
      case 'paragraph_open': {
        const children = readInlines(this.next().children ?? []);
        this.index++; // paragraph_close
        return { type: 'paragraph', children, line };
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.readList(token, line);
      case 'blockquote_open':
        return { type: 'blockquote', children: this.readUntil('blockquote_close'), line };
      case 'table_open':
        return this.readTable(line);
      case 'fence':
      case 'code_block':
        return { type: 'code', value: token.content.replace(/\n$/, ''), line };
      case 'hr':
        return { type: 'rule', line };
      default:
        return null;
    }
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  private readList(open: Token, line: number): Block {
    const ordered = open.type === 'ordered_list_open';
    const closeType = ordered ? 'ordered_list_close' : 'bullet_list_close';
    const items: Block[][] = [];
    let tight = true;
    while (this.index < this.tokens.length) {
      const token = this.next();
      if (token.type === closeType) break;
      if (token.type !== 'list_item_open') continue;
      const first = this.tokens[this.index];
      // markdown-it marks the paragraphs of a tight list hidden.
      if (first?.type === 'paragraph_open' && !first.hidden) tight = false;
      items.push(this.readUntil('list_item_close'));
    }
    return { type: 'list', ordered, start: Number(open.attrGet('start') ?? 1), tight, items, line };
  }

  private readTable(line: number): Block {
    const align: Align[] = [];
    const header: Inline[][] = [];
    const rows: Inline[][][] = [];
    let row: Inline[][] = [];
    while (this.index < this.tokens.length) {
      const token = this.next();
      if (token.type === 'table_close') break;
      if (token.type === 'tr_open') row = [];
      if (token.type === 'th_open') align.push(cellAlign(token));
      if (token.type === 'inline') row.push(readInlines(token.children ?? []));
      if (token.type === 'tr_close' && header.length === 0) header.push(...row);
      else if (token.type === 'tr_close') rows.push(row);
    }
    return { type: 'table', align, header, rows, line };
  }
}

function cellAlign(token: Token): Align {
  const match = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''));
  return (match?.[1] as Align | undefined) ?? 'left';
}

/** Inline tokens to nested inline nodes; a container closes at its `_close` token. */
function readInlines(tokens: Token[]): Inline[] {
  const root: Inline[] = [];
  const stack: { children: Inline[] }[] = [{ children: root }];
  const push = (node: Inline) => stack[stack.length - 1].children.push(node);
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'html_inline':
        appendText(stack[stack.length - 1].children, token.content);
        break;
      case 'softbreak':
        appendText(stack[stack.length - 1].children, '\n');
        break;
      case 'hardbreak':
        push({ type: 'break' });
        break;
      case 'code_inline':
        push({ type: 'code', value: token.content });
        break;
      case 'image':
        push({ type: 'image', src: allowedUrl(String(token.attrGet('src') ?? '')), alt: token.content });
        break;
      case 'strong_open':
      case 'em_open':
      case 'link_open': {
        const node: Extract<Inline, { children: Inline[] }> =
          token.type === 'link_open'
            ? { type: 'link', href: allowedUrl(String(token.attrGet('href') ?? '')), children: [] }
            : { type: token.type === 'strong_open' ? 'strong' : 'emphasis', children: [] };
        push(node);
        stack.push(node);
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        // Any token this configuration does not produce is kept as its text rather than dropped.
        if (token.content) appendText(stack[stack.length - 1].children, token.content);
        break;
    }
  }
  return root;
}

/** Adjacent text tokens (markdown-it splits text at every special character) become one text node. */
function appendText(children: Inline[], value: string): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value });
}
