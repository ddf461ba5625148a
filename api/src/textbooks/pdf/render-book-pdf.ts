import PDFDocument from 'pdfkit';
import { renderBody, tocEntries } from './book-body';
import { registerFonts } from './fonts';
import { drawTitlePage, TableOfContents } from './front-matter';
import { PageFlow } from './page-flow';
import { drawPageFurniture } from './page-furniture';
import { formatEditionStamp, type PrintableBook } from './printable-book';
import type { Setting } from './text-block';
import { PAGE } from './theme';
import { Typesetter } from './typesetter';
import { isCalendarDate } from '../../common/dates';

/**
 * Renders a print-ready A4 PDF of a textbook: title page, table of contents with page numbers, preface,
 * chapters and sections, running headers and footers, bookmarks, and the Korean font embedded as a subset.
 * Pure: no database, no network; reads only the fonts and the book's media files. Deterministic for a given
 * book (the creation date comes from the edition stamp).
 */
export async function renderBookPdf(book: PrintableBook): Promise<Buffer> {
  const stamp = formatEditionStamp(book.stamp);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    autoFirstPage: false,
    bufferPages: true,
    displayTitle: true,
    lang: 'ko-KR',
    info: {
      Title: book.title,
      ...(book.subtitle ? { Subject: book.subtitle } : {}),
      Author: 'Dari',
      Creator: 'Dari',
      Keywords: stamp,
      CreationDate: creationDate(book.stamp.date),
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  const flow = new PageFlow(doc);
  const setting: Setting = { flow, type: new Typesetter(doc) };

  drawTitlePage(setting, book.title, book.subtitle, stamp);
  const contents = new TableOfContents(setting, tocEntries(book));
  const firstContentsPage = flow.pageCount;
  flow.setRunningTitle('차례');
  for (let page = 0; page < contents.pageCount; page++) flow.addPage();
  const pages = renderBody(setting, book);
  contents.draw(firstContentsPage, (destination) => (pages.get(destination) ?? 0) + 1);
  drawPageFurniture(setting, book.title, stamp);
  doc.end();
  return await done;
}

function creationDate(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!isCalendarDate(date)) {
    throw new Error(`Edition stamp date must be YYYY-MM-DD, got "${date}"`);
  }
  return parsed;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
