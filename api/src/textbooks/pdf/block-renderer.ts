import { renderFigure } from './figure-renderer';
import { text, type Block, type Inline } from './markdown-model';
import { renderTable } from './table-renderer';
import { drawLines, gapInside, type FlowContext, type Setting } from './text-block';
import { COLOR, LINE_HEIGHT, SIZE, TABLE_LINE_HEIGHT } from './theme';

const BODY_LINE = SIZE.body * LINE_HEIGHT;
const BLOCK_GAP = 9;
const TIGHT_GAP = 3;
const QUOTE_INDENT = 14;
const BULLETS = ['•', '◦', '▪'];

/** Sets parsed Markdown blocks into the page flow. */
export class BlockRenderer {
  constructor(
    private readonly setting: Setting,
    private readonly mediaDir: string,
  ) {}

  render(blocks: Block[], ctx: FlowContext, tight = false): void {
    blocks.forEach((block, index) => {
      if (index > 0) gapInside(this.setting, ctx, gapBefore(block, tight));
      this.renderBlock(block, ctx);
    });
  }

  /**
   * A heading that moves to the next page together with the start of what follows (three lines: enough for a
   * table's header and first row too); `placed` runs once its page is known, before it is drawn.
   */
  heading(inlines: Inline[], ctx: FlowContext, size: number, placed?: () => void): void {
    const lineHeight = size * 1.35;
    const bold = inlines.map((inline) => (inline.kind === 'text' ? { ...inline, style: { ...inline.style, bold: true } } : inline));
    const lines = this.setting.type.breakLines(bold, ctx.width, size);
    this.setting.flow.ensure(lines.length * lineHeight + 3 * BODY_LINE);
    placed?.();
    drawLines(this.setting, lines, ctx, { size, lineHeight });
  }

  private renderBlock(block: Block, ctx: FlowContext): void {
    switch (block.kind) {
      case 'heading':
        this.heading(block.inlines, ctx, block.level === 2 ? SIZE.h2 : SIZE.h3);
        this.setting.flow.y += 3;
        return;
      case 'paragraph':
        return this.paragraph(block.inlines, ctx);
      case 'list':
        return this.list(block, ctx);
      case 'quote':
        return this.quote(block.blocks, ctx);
      case 'table':
        return renderTable(this.setting, block, ctx);
      case 'image':
        return renderFigure(this.setting, block, ctx, this.mediaDir);
      case 'code':
        return this.code(block.text, ctx);
      case 'rule':
        return this.rule(ctx);
    }
  }

  private paragraph(inlines: Inline[], ctx: FlowContext): void {
    const lines = this.setting.type.breakLines(inlines, ctx.width, SIZE.body);
    drawLines(this.setting, lines, ctx, { size: SIZE.body, lineHeight: BODY_LINE });
  }

  private list(list: Extract<Block, { kind: 'list' }>, ctx: FlowContext): void {
    const depth = ctx.listDepth ?? 0;
    const markers = list.items.map((_, index) => (list.ordered ? `${list.start + index}.` : BULLETS[Math.min(depth, BULLETS.length - 1)]));
    const measure = this.setting.type.measurer(SIZE.body);
    const indent = Math.max(16, ...markers.map((marker) => measure(marker, {}) + 7));
    list.items.forEach((item, index) => {
      if (index > 0) gapInside(this.setting, ctx, list.tight ? TIGHT_GAP : BLOCK_GAP);
      const itemCtx: FlowContext = {
        x: ctx.x + indent,
        width: ctx.width - indent,
        quoteBars: ctx.quoteBars,
        listDepth: depth + 1,
        // The outer item's marker waits with this one when the list starts the outer item.
        markers: [...(index === 0 ? (ctx.markers ?? []) : []), { text: markers[index], x: ctx.x + indent - 6 }],
      };
      if (index === 0) ctx.markers = undefined;
      this.render(item, itemCtx, list.tight);
    });
  }

  private quote(blocks: Block[], ctx: FlowContext): void {
    const inner: FlowContext = {
      x: ctx.x + QUOTE_INDENT,
      width: ctx.width - QUOTE_INDENT,
      quoteBars: [...ctx.quoteBars, ctx.x + 2],
      listDepth: ctx.listDepth,
      markers: ctx.markers,
    };
    ctx.markers = undefined;
    this.render(blocks, inner);
  }

  /** Code keeps its spacing (no-break spaces) and wraps only where a line is wider than the column. */
  private code(source: string, ctx: FlowContext): void {
    const { flow, type } = this.setting;
    const lineHeight = SIZE.table * TABLE_LINE_HEIGHT;
    const inner: FlowContext = { ...ctx, x: ctx.x + 6, width: ctx.width - 12 };
    ctx.markers = undefined;
    for (const sourceLine of source.split('\n')) {
      const lines = type.breakLines([text(sourceLine.replace(/ /g, '\u00a0'))], inner.width, SIZE.table);
      for (const line of lines) {
        flow.ensure(lineHeight);
        flow.doc.rect(ctx.x, flow.y, ctx.width, lineHeight).fill(COLOR.codeBackground);
        drawLines(this.setting, [line], inner, { size: SIZE.table, lineHeight });
      }
    }
  }

  private rule(ctx: FlowContext): void {
    const { flow } = this.setting;
    flow.ensure(12);
    flow.doc
      .moveTo(ctx.x, flow.y + 6)
      .lineTo(ctx.x + ctx.width, flow.y + 6)
      .lineWidth(0.6)
      .stroke(COLOR.rule);
    flow.y += 12;
  }
}

function gapBefore(block: Block, tight: boolean): number {
  if (block.kind === 'heading') return block.level === 2 ? 16 : 12;
  return tight ? TIGHT_GAP : BLOCK_GAP;
}
