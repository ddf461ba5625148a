import { FONT } from './fonts';
import { breakLines, type Line, type Measure } from './line-breaker';
import { isWebUrl, type Inline, type TextStyle } from './markdown-model';
import { COLOR, ITALIC_SKEW_DEGREES, SIZE } from './theme';

/** Sets styled text in the document: chooses faces and sizes, measures, breaks and draws lines. */
export class Typesetter {
  /** Told the text of every line drawn while set (the body's text, page by page, for the index). */
  onDraw: ((text: string) => void) | undefined;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  private fontSize(style: TextStyle, baseSize: number): number {
    return style.small ? baseSize * SIZE.smallRatio : baseSize;
  }

  measurer(baseSize: number): Measure {
    return (text, style) => this.use(style, baseSize).widthOfString(text);
  }

  breakLines(inlines: Inline[], maxWidth: number, baseSize: number): Line[] {
    return breakLines(inlines, maxWidth, this.measurer(baseSize));
  }

  /** Draws one line with its left end at `x` and its baseline at `baseline`. */
  drawLine(line: Line, x: number, baseline: number, baseSize: number, color: string = COLOR.text): void {
    this.onDraw?.(line.pieces.map((piece) => piece.text).join(''));
    let left = x;
    for (const piece of line.pieces) {
      const size = this.fontSize(piece.style, baseSize);
      if (piece.style.code) {
        this.doc.rect(left - 1, baseline - size * 0.92, piece.width + 2, size * 1.2).fill(COLOR.codeBackground);
      }
      this.use(piece.style, baseSize)
        .fillColor(piece.style.link ? COLOR.link : piece.style.muted ? COLOR.muted : color)
        .text(piece.text, left, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          oblique: piece.style.italic ? ITALIC_SKEW_DEGREES : false,
        });
      const link = piece.style.link;
      if (link && isWebUrl(link) && piece.text.trim() !== '') {
        this.doc.link(left, baseline - size, piece.width, size * 1.3, link);
      }
      left += piece.width;
    }
  }

  /** Draws a plain single line of text (headers, footers, captions). */
  drawText(value: string, x: number, baseline: number, size: number, options: PlainText = {}): void {
    const style = { bold: options.bold };
    const width = this.use(style, size).widthOfString(value);
    const left = options.align === 'center' ? x - width / 2 : options.align === 'right' ? x - width : x;
    this.drawLine({ pieces: [{ text: value, style, width }], width }, left, baseline, size, options.color);
  }

  /** Shortens `value` with an ellipsis so that it fits `maxWidth`. */
  fit(value: string, maxWidth: number, size: number, bold = false): string {
    const measure = this.measurer(size);
    const style = { bold };
    if (measure(value, style) <= maxWidth) return value;
    const chars = Array.from(value);
    while (chars.length > 0 && measure(`${chars.join('')}…`, style) > maxWidth) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  private use(style: TextStyle, baseSize: number): PDFKit.PDFDocument {
    return this.doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(this.fontSize(style, baseSize));
  }
}

export interface PlainText {
  bold?: boolean;
  color?: string;
  /** How `x` anchors the text. */
  align?: 'left' | 'center' | 'right';
}
