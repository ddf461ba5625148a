import type { Inline, TextStyle } from './markdown-model';

/** A run of one style on a line, with its measured width. */
export interface Piece {
  text: string;
  style: TextStyle;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

export type Measure = (text: string, style: TextStyle) => number;

/** Breakable spaces; a no-break space (U+00A0) keeps its words together. */
const SPACES = /([ \t\r\n\u3000]+)/;
/** Kerning differences between measuring words apart and together stay well below this. */
const TOLERANCE = 0.5;

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.code === !!b.code &&
    !!a.small === !!b.small &&
    !!a.muted === !!b.muted &&
    a.link === b.link
  );
}

type WordPart = { text: string; style: TextStyle };
/** A word (it may span several styles: **황산마그네슘**을), the style of the space before it, or a hard break. */
type Word = { parts: WordPart[]; spaceBefore: TextStyle | null } | 'break';

function* words(inlines: Inline[]): Generator<Word> {
  let parts: WordPart[] = [];
  let spaceBefore: TextStyle | null = null;
  let pendingSpace: TextStyle | null = null;
  function* flush(): Generator<Word> {
    if (parts.length > 0) yield { parts, spaceBefore };
    parts = [];
  }
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      yield* flush();
      pendingSpace = null;
      yield 'break';
      continue;
    }
    for (const part of inline.text.split(SPACES)) {
      if (part === '') continue;
      if (SPACES.test(part)) {
        yield* flush();
        pendingSpace ??= inline.style;
        continue;
      }
      if (parts.length === 0) {
        spaceBefore = pendingSpace;
        pendingSpace = null;
      }
      parts.push({ text: part, style: inline.style });
    }
  }
  yield* flush();
}

/** The widest single word: a column narrower than this would have to split it. */
export function widestWord(inlines: Inline[], measure: Measure): number {
  let widest = 0;
  for (const word of words(inlines)) {
    if (word === 'break') continue;
    widest = Math.max(
      widest,
      word.parts.reduce((sum, part) => sum + measure(part.text, part.style), 0),
    );
  }
  return widest;
}

/**
 * Breaks styled text into lines of at most `maxWidth`, only at spaces: Korean words (eojeol) stay whole, as
 * Korean typesetting expects. A word wider than a whole line (a long URL) is split between characters.
 */
export function breakLines(inlines: Inline[], maxWidth: number, measure: Measure): Line[] {
  return new LineBreaker(maxWidth, measure).run(inlines);
}

class LineBreaker {
  private readonly lines: Line[] = [];
  private current: Piece[] = [];
  private width = 0;

  constructor(
    private readonly maxWidth: number,
    private readonly measure: Measure,
  ) {}

  run(inlines: Inline[]): Line[] {
    for (const word of words(inlines)) {
      if (word === 'break') this.endLine();
      else this.place(word.parts, word.spaceBefore);
    }
    if (this.current.length > 0 || this.lines.length === 0) this.endLine();
    return this.lines;
  }

  private place(parts: WordPart[], spaceBefore: TextStyle | null): void {
    const pieces = parts.map((part) => ({ ...part, width: this.measure(part.text, part.style) }));
    const wordWidth = pieces.reduce((sum, piece) => sum + piece.width, 0);
    const space = this.current.length > 0 && spaceBefore ? { text: ' ', style: spaceBefore, width: this.measure(' ', spaceBefore) } : null;
    if (this.width + (space?.width ?? 0) + wordWidth <= this.maxWidth + TOLERANCE) {
      if (space) this.push(space);
      pieces.forEach((piece) => this.push(piece));
      return;
    }
    if (this.current.length > 0) this.endLine();
    if (wordWidth <= this.maxWidth + TOLERANCE) pieces.forEach((piece) => this.push(piece));
    else this.splitWord(pieces);
  }

  /** Last resort for a word longer than a line: fill each line character by character. */
  private splitWord(pieces: Piece[]): void {
    for (const piece of pieces) {
      for (const char of Array.from(piece.text)) {
        const width = this.measure(char, piece.style);
        if (this.current.length > 0 && this.width + width > this.maxWidth + TOLERANCE) this.endLine();
        this.push({ text: char, style: piece.style, width });
      }
    }
  }

  private push(piece: Piece): void {
    const last = this.current.at(-1);
    if (last && sameStyle(last.style, piece.style)) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      this.current.push({ ...piece });
    }
    this.width += piece.width;
  }

  private endLine(): void {
    this.lines.push({ pieces: this.current, width: this.width });
    this.current = [];
    this.width = 0;
  }
}
