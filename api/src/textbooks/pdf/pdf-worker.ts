import { parentPort } from 'node:worker_threads';
import type { PrintableBook } from './printable-book';
import { renderBookPdf } from './render-book-pdf';

// Runs in a worker thread (PdfRenderer): typesetting a book takes seconds of CPU, which must not stop the
// server's event loop. Fonts are parsed once per worker and kept.
parentPort!.on('message', async ({ id, book }: { id: number; book: PrintableBook }) => {
  try {
    const pdf = await renderBookPdf(book);
    const bytes = new Uint8Array(pdf); // its own ArrayBuffer, handed over without a copy
    parentPort!.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
