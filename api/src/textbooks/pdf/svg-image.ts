import SVGtoPDF from 'svg-to-pdfkit';
import { FONT } from './fonts';

/** Any attribute as svg-to-pdfkit's parser reads it (name, `=`, quoted value). */
const ATTRIBUTE = /([\w:.-]+)(\s*=\s*)("[^"]*"|'[^']*')/g;
const HREF_NAME = /^(?:[\w.-]+:)?href$/i;
/** Local references (`<use href="#arrow">`) and inline raster images are all a figure may point to. */
const SAFE_HREF = /^(?:#[\w.-]+|data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=\s]*)$/;
const INLINE_IMAGE = /^data:image\/(?:png|jpeg);base64,/;

/**
 * Drops every href that is not a local fragment or an inline PNG/JPEG: svg-to-pdfkit turns `<a href>` into link
 * annotations (so `javascript:` would reach the PDF) and would read `<image href>` paths from the server's disk.
 */
export function sanitizeSvg(svg: string): string {
  return svg.replace(ATTRIBUTE, (attribute: string, name: string, _equals: string, quoted: string) => {
    if (!HREF_NAME.test(name)) return attribute;
    return SAFE_HREF.test(quoted.slice(1, -1).trim()) ? attribute : '';
  });
}

/** Height / width of the drawing, from the root element's viewBox or width and height. */
export function svgAspectRatio(svg: string): number | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(root)?.[1];
  const viewBox = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox?.length === 4 && viewBox[2] > 0 && viewBox[3] > 0) return viewBox[3] / viewBox[2];
  const width = parseFloat(attribute('width') ?? '');
  const height = parseFloat(attribute('height') ?? '');
  return width > 0 && height > 0 ? height / width : null;
}

// Its typings declare the document parameter as the PDFDocument class instead of an instance.
const drawSvg = SVGtoPDF as unknown as (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: SVGtoPDF.Options) => void;

/** Draws a sanitised SVG into the box; its text is set in the embedded Korean font. */
export function drawSvgImage(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, width: number, height: number): void {
  drawSvg(doc, sanitizeSvg(svg), x, y, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
    imageCallback: (link) => (INLINE_IMAGE.test(link) ? link.replace(/\s+/g, '') : ''),
    warningCallback: () => undefined,
  });
}
