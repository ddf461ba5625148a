import type { Locator, Page } from '@playwright/test';

/** A figure in a lesson or section body, named by its alt text, and its enlarged view. */
export class FigureView {
  readonly image: Locator;
  /** The whole image is the button that enlarges it. */
  readonly opener: Locator;
  /** The box that scrolls sideways when the figure is wider than the screen. */
  readonly scrollBox: Locator;
  readonly dialog: Locator;
  readonly close: Locator;

  constructor(page: Page, alt: string) {
    const figure = page
      .getByRole('main')
      .locator('figure')
      .filter({ has: page.getByAltText(alt, { exact: true }) });
    this.image = figure.getByAltText(alt, { exact: true });
    this.opener = figure.getByRole('button');
    this.scrollBox = figure.locator('.figure__scroll');
    this.dialog = page.getByRole('dialog', { name: alt });
    this.close = this.dialog.getByRole('button', { name: '닫기' });
  }

  /**
   * The smallest text of the SVG as rendered, in CSS px: the SVG is measured inline for each text's computed
   * font size (in viewBox units), then scaled by the image's rendered width over the viewBox width.
   */
  smallestTextPx(): Promise<number> {
    return this.image.evaluate(async (img: HTMLImageElement) => {
      const source = await (await fetch(img.currentSrc)).text();
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
      const probe = document.body.appendChild(document.importNode(svg, true));
      probe.setAttribute('style', 'position:absolute;left:-10000px;top:0');
      const sizes = [...probe.querySelectorAll('text, tspan')].map((text) => parseFloat(getComputedStyle(text).fontSize));
      const viewBoxWidth = probe.viewBox.baseVal.width;
      probe.remove();
      return (Math.min(...sizes) * img.getBoundingClientRect().width) / viewBoxWidth;
    });
  }
}
