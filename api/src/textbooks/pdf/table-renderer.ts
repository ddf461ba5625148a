import { breakLines, widestWord, type Line } from './line-breaker';
import type { Align, Block, Inline } from './markdown-model';
import { drawMarkers, drawQuoteBars, type FlowContext, type Setting } from './text-block';
import { baselineOffset, COLOR, CONTENT, SIZE, TABLE_LINE_HEIGHT } from './theme';

type Table = Extract<Block, { kind: 'table' }>;

const PAD_X = 5;
const PAD_Y = 4;
const LINE = SIZE.table * TABLE_LINE_HEIGHT;

interface Row {
  cells: Line[][];
  header: boolean;
}

/**
 * Draws a GitHub table across the column: borders, a shaded header row repeated on every page the table
 * continues on, wrapped cell text, and page breaks between rows (or, for a row taller than a page, between
 * its lines).
 */
export function renderTable(setting: Setting, table: Table, ctx: FlowContext): void {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  if (columns === 0) return;
  const pad = (row: Inline[][]) => Array.from({ length: columns }, (_, index) => row[index] ?? []);
  const header = pad(table.header).map((cell) => cell.map(boldInline));
  const body = table.rows.map(pad);
  const widths = columnWidths(setting, [header, ...body], ctx.width);
  const lay = (row: Inline[][]) => row.map((cell, index) => setting.type.breakLines(cell, widths[index] - 2 * PAD_X, SIZE.table));
  const rows = body.map(lay);
  const drawer = new RowDrawer(setting, ctx, widths, table.align, { cells: lay(header), header: true });
  drawer.start(rows[0] ?? null);
  rows.forEach((cells) => drawer.draw({ cells, header: false }));
}

function boldInline(inline: Inline): Inline {
  return inline.kind === 'text' ? { ...inline, style: { ...inline.style, bold: true } } : inline;
}

/** Each column gets at least its widest word and shares the rest by how much text it holds. */
function columnWidths(setting: Setting, rows: Inline[][][], available: number): number[] {
  const measure = setting.type.measurer(SIZE.table);
  const columns = rows[0].length;
  const min = new Array<number>(columns).fill(0);
  const max = new Array<number>(columns).fill(0);
  for (const row of rows) {
    row.forEach((cell, index) => {
      const natural = Math.max(...breakLines(cell, Infinity, measure).map((line) => line.width));
      min[index] = Math.max(min[index], Math.min(widestWord(cell, measure) + 2 * PAD_X, available));
      // Capped at the column: one very long cell must not starve the other columns.
      max[index] = Math.max(max[index], Math.min(natural + 2 * PAD_X, available));
    });
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  if (sum(max) <= available) return max.map((value) => (value * available) / sum(max));
  if (sum(min) >= available) return min.map((value) => (value * available) / sum(min));
  const slack = max.map((value, index) => value - min[index]);
  return min.map((value, index) => value + ((available - sum(min)) * slack[index]) / sum(slack));
}

const PAGE_HEIGHT = CONTENT.bottom - CONTENT.top;

class RowDrawer {
  /** A header taller than a third of a page is not repeated (it would crowd out the rows). */
  private readonly repeatHeader: boolean;

  constructor(
    private readonly setting: Setting,
    private readonly ctx: FlowContext,
    private readonly widths: number[],
    private readonly align: Align[],
    private readonly header: Row,
  ) {
    this.repeatHeader = rowHeight(header.cells) <= PAGE_HEIGHT / 3;
  }

  /** Keeps the header with the first body row (or at least one line of it). */
  start(firstRow: Line[][] | null): void {
    const firstHeight = firstRow ? Math.min(rowHeight(firstRow), PAD_Y * 2 + LINE) : 0;
    this.setting.flow.ensure(rowHeight(this.header.cells) + firstHeight);
    this.draw(this.header);
  }

  draw(row: Row): void {
    const { flow } = this.setting;
    const drawn = row.cells.map(() => 0);
    let moved = false;
    for (;;) {
      const left = Math.max(...row.cells.map((cell, index) => cell.length - drawn[index]));
      const height = left * LINE + 2 * PAD_Y;
      if (flow.fits(height)) {
        this.chunk(row, drawn, left);
        return;
      }
      // A row that fits a fresh page moves there whole; a taller one is split between its lines.
      const fitsFreshPage = height + (this.repeats(row) ? rowHeight(this.header.cells) : 0) <= PAGE_HEIGHT;
      if (moved || !fitsFreshPage) {
        const lines = Math.floor((flow.remaining - 2 * PAD_Y) / LINE);
        if (lines >= 1) this.chunk(row, drawn, lines);
      }
      this.continueOnNextPage(row);
      moved = true;
    }
  }

  private repeats(row: Row): boolean {
    return !row.header && this.repeatHeader;
  }

  private continueOnNextPage(row: Row): void {
    this.setting.flow.addPage();
    if (this.repeats(row))
      this.chunk(
        this.header,
        this.header.cells.map(() => 0),
        Infinity,
      );
  }

  /** Draws up to `count` more lines of every cell as one band with borders, and advances the cursor. */
  private chunk(row: Row, drawn: number[], count: number): void {
    const { flow, type } = this.setting;
    const doc = flow.doc;
    const slices = row.cells.map((cell, index) => cell.slice(drawn[index], drawn[index] + count));
    const height = Math.max(...slices.map((slice) => slice.length)) * LINE + 2 * PAD_Y;
    const top = flow.y;
    drawQuoteBars(this.setting, this.ctx, height);
    let x = this.ctx.x;
    slices.forEach((slice, index) => {
      const width = this.widths[index];
      if (row.header) doc.rect(x, top, width, height).fill(COLOR.shade);
      doc.rect(x, top, width, height).lineWidth(0.6).stroke(COLOR.border);
      slice.forEach((line, lineIndex) => {
        const baseline = top + PAD_Y + lineIndex * LINE + baselineOffset(SIZE.table, LINE);
        if (index === 0 && lineIndex === 0) drawMarkers(this.setting, this.ctx, baseline);
        const offset = alignOffset(this.align[index], width - 2 * PAD_X, line.width);
        type.drawLine(line, x + PAD_X + offset, baseline, SIZE.table);
      });
      drawn[index] += slice.length;
      x += width;
    });
    flow.y = top + height;
  }
}

function rowHeight(cells: Line[][]): number {
  return Math.max(...cells.map((cell) => cell.length)) * LINE + 2 * PAD_Y;
}

function alignOffset(align: Align | undefined, width: number, lineWidth: number): number {
  if (align === 'right') return width - lineWidth;
  if (align === 'center') return (width - lineWidth) / 2;
  return 0;
}
