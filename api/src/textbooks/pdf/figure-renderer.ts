import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text, type Block } from './markdown-model';
import { drawSvgImage, svgAspectRatio } from './svg-image';
import { drawLines, drawMarkers, type FlowContext, type Setting } from './text-block';
import { COLOR, CONTENT, LINE_HEIGHT, SIZE } from './theme';

type Figure = Extract<Block, { kind: 'image' }>;

/** `media/<name>.<ext>`: one file name, no folders, so a path can never leave the media folder. */
const MEDIA_PATH = /^media\/([A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(svg|png|jpe?g))$/i;
const MAX_HEIGHT = (CONTENT.bottom - CONTENT.top) * 0.6;
const CAPTION_LINE = SIZE.caption * LINE_HEIGHT;
const PLACEHOLDER_HEIGHT = 48;

/** An image decoded by pdfkit's openImage, which @types/pdfkit leaves out; image() accepts it as its source. */
interface DecodedImage {
  width: number;
  height: number;
}

type Drawing = { kind: 'svg'; svg: string; aspect: number } | { kind: 'raster'; image: DecodedImage };

/** A figure fitted to the column width (keeping its aspect ratio), with its alt text as the caption below. */
export function renderFigure(setting: Setting, figure: Figure, ctx: FlowContext, mediaDir: string): void {
  const { flow, type } = setting;
  const drawing = openDrawing(flow.doc, mediaDir, figure.src);
  let width = ctx.width;
  let height = drawing ? width * aspectOf(drawing) : PLACEHOLDER_HEIGHT;
  if (height > MAX_HEIGHT) {
    width *= MAX_HEIGHT / height;
    height = MAX_HEIGHT;
  }
  const caption = figure.alt.trim() ? type.breakLines([text(figure.alt, { muted: true })], ctx.width * 0.9, SIZE.caption) : [];
  flow.ensure(height + 6 + caption.length * CAPTION_LINE);
  drawMarkers(setting, ctx, flow.y + SIZE.body);
  const x = ctx.x + (ctx.width - width) / 2;
  if (drawing?.kind === 'svg') drawSvgImage(flow.doc, drawing.svg, x, flow.y, width, height);
  else if (drawing) flow.doc.image(drawing.image as unknown as Buffer, x, flow.y, { width, height });
  else drawPlaceholder(setting, figure.src, x, width, height);
  flow.y += height + 6;
  drawLines(setting, caption, ctx, { size: SIZE.caption, lineHeight: CAPTION_LINE, align: 'center' });
}

function aspectOf(drawing: Drawing): number {
  return drawing.kind === 'svg' ? drawing.aspect : drawing.image.height / drawing.image.width;
}

/** The figure's file, or null when the path is not a media file or cannot be read or decoded. */
function openDrawing(doc: PDFKit.PDFDocument, mediaDir: string, src: string): Drawing | null {
  const match = MEDIA_PATH.exec(src);
  if (!match) return null;
  try {
    const data = readFileSync(join(mediaDir, match[1]));
    if (match[2].toLowerCase() === 'svg') {
      const svg = data.toString('utf8');
      return { kind: 'svg', svg, aspect: svgAspectRatio(svg) ?? 0.6 };
    }
    return { kind: 'raster', image: decodeImage(doc, data) };
  } catch {
    return null;
  }
}

/** Decoded once: the size fixes the layout and the same object is drawn. */
function decodeImage(doc: PDFKit.PDFDocument, data: Buffer): DecodedImage {
  return (doc as unknown as { openImage(source: Buffer): DecodedImage }).openImage(data);
}

/** A visible gap in print, so a missing figure is noticed at review rather than silently left out. */
function drawPlaceholder({ flow, type }: Setting, src: string, x: number, width: number, height: number): void {
  flow.doc.rect(x, flow.y, width, height).dash(3, { space: 3 }).lineWidth(0.6).stroke(COLOR.rule).undash();
  const message = type.fit(`그림을 넣을 수 없음: ${src}`, width - 16, SIZE.caption);
  type.drawText(message, x + width / 2, flow.y + height / 2 + 3, SIZE.caption, { align: 'center', color: COLOR.muted });
}
