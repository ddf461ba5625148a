/**
 * The syntax tree every reader of Dari's Markdown consumes: the web reader, the editor's preview and the PDF
 * typesetter. There is deliberately no strikethrough, underline or raw-HTML node: clinical text such as
 * `140~150/90~100 mmHg` or `<140` must reach the reader exactly as written.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'code'; value: string }
  /** `href` is null when the URL policy refused it: the link is then shown as its text alone. */
  | { type: 'link'; href: string | null; children: Inline[] }
  /** `src` as written in the source (e.g. `media/bp.svg`), or null when refused; `alt` is the caption. */
  | { type: 'image'; src: string | null; alt: string }
  /** A hard break (two spaces or `\` at the end of a line); a soft break is a space in the text. */
  | { type: 'break' };

export type Align = 'left' | 'center' | 'right';

/** Every block knows the zero-based line of the source it starts on, for file:line messages. */
export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[]; line: number }
  | { type: 'paragraph'; children: Inline[]; line: number }
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: Block[][]; line: number }
  | { type: 'blockquote'; children: Block[]; line: number }
  | { type: 'table'; align: Align[]; header: Inline[][]; rows: Inline[][][]; line: number }
  | { type: 'code'; value: string; line: number }
  | { type: 'rule'; line: number };

export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
