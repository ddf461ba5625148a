import { join, resolve } from 'node:path';
import { formatErrors, loadContent } from '@dari/content';
import { printableFromContent } from '../textbooks/pdf/content-book';
import { renderBookPdf } from '../textbooks/pdf/render-book-pdf';

// Usage: node api/dist/cli/textbook-pages.js [content-root] — A4 pages of each textbook's print PDF, typeset
// from content/ as the server prints it. Run by `npm run content:stats` after the content counts: the
// typesetter lives in the API, and @dari/content may not depend on it.
async function main() {
  const root = resolve(process.argv[2] ?? 'content');
  const content = loadContent(root);
  if (content.errors.length > 0) console.error(`${formatErrors(content.errors)}\n(validation errors: page counts may be partial)\n`);
  console.log('\ntextbook print pages (A4, with self-assessment, answers, glossary annex and index)');
  for (const book of content.textbooks) {
    const pdf = await renderBookPdf(printableFromContent(book, content, join(root, 'media')));
    console.log(`  ${book.id.padEnd(40)} ${String(pageCount(pdf)).padStart(5)} pages`);
  }
}

/** pdfkit writes every page as an uncompressed `/Type /Page` dictionary. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
