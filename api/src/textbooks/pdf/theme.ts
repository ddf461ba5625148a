/** Page geometry, type sizes and colours of the printed book (PDF points, A4). */
export const PAGE = { width: 595.28, height: 841.89 } as const;

const MARGIN_X = 72;
const MARGIN_TOP = 86;
const MARGIN_BOTTOM = 86;

/** The text block every page flows into. */
export const CONTENT = {
  left: MARGIN_X,
  right: PAGE.width - MARGIN_X,
  top: MARGIN_TOP,
  bottom: PAGE.height - MARGIN_BOTTOM,
  width: PAGE.width - 2 * MARGIN_X,
} as const;

/** Where the running header and the footer sit, inside the margins. */
export const FURNITURE = {
  headerBaseline: 50,
  headerRuleY: 58,
  /** The stamp sits above the page number: a last line "- 12 -" is never joined to the next by text extraction. */
  stampBaseline: PAGE.height - 56,
  pageNumberBaseline: PAGE.height - 36,
} as const;

export const SIZE = {
  body: 10.5,
  table: 9.5,
  caption: 9,
  /** URLs after link text, code-free small print. */
  smallRatio: 0.78,
  h2: 14,
  h3: 12,
  section: 16.5,
  chapterLabel: 12,
  chapter: 23,
  tocChapter: 11.5,
  tocSection: 10.5,
  header: 8.5,
  pageNumber: 9,
  stamp: 7,
  title: 26,
  subtitle: 14,
} as const;

/** Korean body text reads best with generous leading. */
export const LINE_HEIGHT = 1.6;
export const TABLE_LINE_HEIGHT = 1.45;
/** Baseline position inside a line box, as a share of the font size, for an em box centred in the box. */
export function baselineOffset(fontSize: number, lineHeight: number): number {
  return (lineHeight - fontSize) / 2 + fontSize * 0.88;
}

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  link: '#1d4f91',
  rule: '#9a9a9a',
  border: '#7a7a7a',
  shade: '#e8e8e8',
  codeBackground: '#f0f0f0',
  quoteBar: '#b5b5b5',
} as const;

/** Oblique angle for italic: Noto Sans KR has no italic face. */
export const ITALIC_SKEW_DEGREES = 10;
