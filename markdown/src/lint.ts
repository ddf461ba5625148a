import { parseMarkdown } from './parse.js';
import { inlineText } from './text.js';
import type { Block, Inline } from './tree.js';

export interface MarkdownWarning {
  /** Zero-based line in the source. */
  line: number;
  code: 'EMPHASIS_IN_NUMBER' | 'LITERAL_MARKER' | 'PIPE_OUTSIDE_TABLE' | 'DOUBLE_TILDE' | 'ENTITY';
  message: string;
}

type Rule = (line: string) => MarkdownWarning['code'] | null;

// `2*3`, `x*y`: a `*` inside a number or a Latin word can pair with another `*` later and italicise what lies
// between (Korean `**굵게**은` is ordinary emphasis before a particle and is left alone).
const STAR_INSIDE_WORD = /[0-9]\*+[0-9]|[A-Za-z0-9]\*[A-Za-z0-9]/;
// A character reference is shown as the character it names: write the character itself.
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

const LINE_RULES: Rule[] = [
  (line) => (STAR_INSIDE_WORD.test(line) ? 'EMPHASIS_IN_NUMBER' : null),
  (line) => (line.includes('~~') ? 'DOUBLE_TILDE' : null),
  (line) => (ENTITY.test(line) ? 'ENTITY' : null),
];

const MESSAGES: Record<MarkdownWarning['code'], string> = {
  EMPHASIS_IN_NUMBER: '`*` inside a number or a Latin word can be read as emphasis by other Markdown readers: write × (or \\*)',
  LITERAL_MARKER: 'an emphasis marker (* or _) next to a digit is not paired: it shows as written and is easy to break',
  PIPE_OUTSIDE_TABLE: '`|` outside a table: a renderer may read the line as a table row (write ∣ or put it in a table)',
  DOUBLE_TILDE: '`~~` is shown as two tildes (never strikethrough): a range takes one `~`',
  ENTITY: 'an HTML character reference is shown as the character it names: write the character itself',
};

/**
 * Markdown that a renderer could read as formatting inside clinical text. Warnings, not errors: the text
 * renders as written here, but it is fragile (another reader, a copy into a document, an edit nearby).
 */
export function lintMarkdown(source: string): MarkdownWarning[] {
  const warnings: MarkdownWarning[] = [];
  const warn = (line: number, code: MarkdownWarning['code']) => warnings.push({ line, code, message: MESSAGES[code] });
  const lines = source.split('\n');
  let fenced = false;
  lines.forEach((text, line) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    for (const rule of LINE_RULES) {
      const code = rule(text);
      if (code) warn(line, code);
    }
  });
  // What the parser left as literal text is where a marker did not pair or a pipe made no table.
  for (const { block, text } of textBlocks(parseMarkdown(source))) {
    if (/\d[*_]|[*_]\d/.test(text)) warn(block.line, 'LITERAL_MARKER');
    if (text.includes('|')) warn(block.line, 'PIPE_OUTSIDE_TABLE');
  }
  // One warning a line is enough to send the author there; the line rules come first.
  const byLine = new Map<number, MarkdownWarning>();
  for (const warning of warnings) if (!byLine.has(warning.line)) byLine.set(warning.line, warning);
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** Paragraphs and headings (inside lists and quotes too) with their literal text, code spans left out. */
function textBlocks(blocks: Block[]): { block: Block; text: string }[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [{ block, text: inlineText(withoutCode(block.children)) }];
      case 'list':
        return block.items.flatMap(textBlocks);
      case 'blockquote':
        return textBlocks(block.children);
      default:
        return [];
    }
  });
}

function withoutCode(nodes: Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'code') return [];
    if ('children' in node) return [{ ...node, children: withoutCode(node.children) }];
    return [node];
  });
}
