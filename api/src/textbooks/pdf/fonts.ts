import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

export type FontWeight = 'regular' | 'bold';

/** Names under which the Korean faces are registered in every document. */
export const FONT: Record<FontWeight, string> = { regular: 'NotoSansKR', bold: 'NotoSansKR-Bold' };

/**
 * Resolved through the package (not a path into src/), so the compiled api/dist finds them too.
 * Full TTFs; pdfkit embeds only the glyphs a document uses.
 */
const FONT_FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

let parsed: Record<FontWeight, fontkit.Font> | undefined;

function openFont(specifier: string): fontkit.Font {
  const font = fontkit.create(readFileSync(require.resolve(specifier)));
  if (!('layout' in font)) throw new Error(`${specifier} is a font collection, expected a single font`);
  return font;
}

/** The parsed fonts are shared by all documents (read-only), so each render skips reading and parsing 12 MB. */
function fonts(): Record<FontWeight, fontkit.Font> {
  parsed ??= { regular: openFont(FONT_FILES.regular), bold: openFont(FONT_FILES.bold) };
  return parsed;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const weight of ['regular', 'bold'] as const) {
    // pdfkit accepts a fontkit font object as a source (PDFFontFactory.open); its typings only list files and buffers.
    doc.registerFont(FONT[weight], fonts()[weight] as unknown as Buffer);
  }
}
