import { describe, expect, it } from 'vitest';
import { readableSvgWidth } from './readableWidth';

// Shaped like content/media/maternal-secondary-magnesium-checks.svg: a default size on the root, smaller text inside.
const checks = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 420" width="640" height="420" font-size="14">
  <line x1="0" y1="0" x2="10" y2="10" stroke-width="1.5"/>
  <text x="320" y="37" font-weight="bold">다음 용량을 주기 전에</text>
  <text x="335" y="133" font-size="11" fill="#070">예</text>
  <text x="320" y="330" font-size="12">숨쉬기가 몇거나 아주 약할 때</text>
</svg>`;

describe('readableSvgWidth', () => {
  it('is the width at which the smallest text is 12 px: viewBox width × 12 / smallest font size', () => {
    expect(readableSvgWidth(checks)).toBe(Math.ceil((640 * 12) / 11));
  });

  it('is no wider than the drawing when its smallest text is already 12', () => {
    expect(readableSvgWidth(checks.replace('font-size="11"', 'font-size="13"'))).toBe(640);
  });

  it('reads sizes in CSS too, in px, and leaves relative units out', () => {
    const svg = `<svg viewBox="0 0 700 400"><style>.note { font-size: 10px } .big { font-size: 0.5em }</style>
      <text class="note">주</text><text style="font-weight:bold;font-size:20">큰 글</text></svg>`;
    expect(readableSvgWidth(svg)).toBe(840);
  });

  it('takes the width attribute when there is no viewBox, and not stroke-width', () => {
    expect(readableSvgWidth('<svg stroke-width="2" width="300" font-size="10"><text>글</text></svg>')).toBe(360);
  });

  it('does not know a figure without a width or a font size in absolute units', () => {
    expect(readableSvgWidth('<svg font-size="12"><text>글</text></svg>')).toBeUndefined();
    expect(readableSvgWidth('<svg viewBox="0 0 640 400"><text font-size="80%">글</text></svg>')).toBeUndefined();
    expect(readableSvgWidth('not an svg')).toBeUndefined();
  });
});
