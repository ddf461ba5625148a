import { servePdfJobs } from '../../common/pdf-thread';
import type { PrintableBook } from './printable-book';
import { renderBookPdf } from './render-book-pdf';

// Runs in the PdfRenderer's worker thread: typesetting a book takes seconds of CPU.
servePdfJobs<PrintableBook>(renderBookPdf);
