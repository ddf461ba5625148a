import type { Line } from './line-breaker';
import type { PageFlow } from './page-flow';
import { baselineOffset, COLOR, SIZE } from './theme';
import type { Typesetter } from './typesetter';

/** Where nested blocks are set: their column, the bars of enclosing quotes and list markers still to draw. */
export interface FlowContext {
  x: number;
  width: number;
  /** x of the vertical bar of each enclosing block quote. */
  quoteBars: number[];
  /** How many lists enclose this context (chooses the bullet). */
  listDepth?: number;
  /**
   * Markers of list items not drawn yet: they go beside the first line set in the item, then are cleared
   * (several when an item starts with a nested list).
   */
  markers?: { text: string; x: number }[];
}

export interface LineOptions {
  size: number;
  lineHeight: number;
  color?: string;
  align?: 'left' | 'center';
}

/** The shared drawing services every block renderer needs. */
export interface Setting {
  flow: PageFlow;
  type: Typesetter;
}

/** Sets lines one by one, breaking pages between lines; draws quote bars and pending list markers alongside. */
export function drawLines(setting: Setting, lines: Line[], ctx: FlowContext, options: LineOptions): void {
  const { flow, type } = setting;
  for (const line of lines) {
    flow.ensure(options.lineHeight);
    drawQuoteBars(setting, ctx, options.lineHeight);
    const baseline = flow.y + baselineOffset(options.size, options.lineHeight);
    const x = options.align === 'center' ? ctx.x + (ctx.width - line.width) / 2 : ctx.x;
    drawMarkers(setting, ctx, baseline);
    type.drawLine(line, x, baseline, options.size, options.color);
    flow.y += options.lineHeight;
  }
}

/** Draws the pending list markers (if any) on the given baseline, in body size. */
export function drawMarkers({ type }: Setting, ctx: FlowContext, baseline: number): void {
  for (const marker of ctx.markers ?? []) {
    type.drawText(marker.text, marker.x, baseline, SIZE.body, { align: 'right' });
  }
  ctx.markers = undefined;
}

/** Quote bars beside the next `height` points of the page. */
export function drawQuoteBars({ flow }: Setting, ctx: FlowContext, height: number): void {
  for (const x of ctx.quoteBars) {
    flow.doc.rect(x, flow.y, 2, height).fill(COLOR.quoteBar);
  }
}

/** A gap between blocks inside a quote keeps the quote's bars continuous. */
export function gapInside(setting: Setting, ctx: FlowContext, height: number): void {
  const { flow } = setting;
  if (flow.atTop) return;
  if (!flow.fits(height)) {
    flow.y += height;
    return;
  }
  drawQuoteBars(setting, ctx, height);
  flow.y += height;
}
