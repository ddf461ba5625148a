import { useEffect, useState } from 'react';

/** The smallest text a figure may be shown with, in CSS pixels. */
export const MIN_FIGURE_TEXT_PX = 12;

/**
 * The narrowest width at which an SVG's smallest text is still MIN_FIGURE_TEXT_PX: its font sizes are in
 * viewBox units, so the text scales with the rendered width over the viewBox width. Undefined when the SVG
 * states no viewBox or width, or no font size in px or unitless.
 */
export function readableSvgWidth(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const viewBox = /\bviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)/i.exec(root);
  const widthAttribute = /\swidth\s*=\s*["']\s*([\d.]+)\s*(px)?\s*["']/i.exec(root);
  const width = Number(viewBox?.[1] ?? widthAttribute?.[1]);
  // Attributes (font-size="11") and CSS in style attributes or <style> (font-size: 11px); em or % are relative.
  const fontSize = /font-size\s*(?:=\s*["']|:)\s*([\d.]+)(px)?(?![\d.%a-z])/gi;
  const sizes: number[] = [];
  // exec in a loop rather than matchAll, which the oldest supported phone browsers lack.
  for (let match = fontSize.exec(svg); match; match = fontSize.exec(svg)) {
    if (Number(match[1]) > 0) sizes.push(Number(match[1]));
  }
  if (!(width > 0) || sizes.length === 0) return undefined;
  return Math.ceil((width * MIN_FIGURE_TEXT_PX) / Math.min(...sizes));
}

const measured = new Map<string, Promise<number | undefined>>();

function measure(src: string): Promise<number | undefined> {
  let width = measured.get(src);
  if (!width) {
    // The image itself has just loaded it, so this is normally answered from the browser's cache.
    width = fetch(src)
      .then((response) => (response.ok ? response.text() : ''))
      .then(readableSvgWidth)
      .catch(() => undefined);
    measured.set(src, width);
  }
  return width;
}

/** The readable width of an SVG figure (see readableSvgWidth); undefined for other images or until known. */
export function useReadableWidth(src: string): number | undefined {
  const isSvg = /\.svg(?:[?#]|$)/i.test(src);
  const [known, setKnown] = useState<{ src: string; width: number | undefined }>();
  useEffect(() => {
    if (!isSvg) return undefined;
    let current = true;
    void measure(src).then((width) => {
      if (current) setKnown({ src, width });
    });
    return () => {
      current = false;
    };
  }, [src, isSvg]);
  return known?.src === src ? known.width : undefined;
}
