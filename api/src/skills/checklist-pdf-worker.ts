import { servePdfJobs } from '../common/pdf-thread';
import { type PrintableChecklist, renderChecklistPdf } from './checklist-pdf';

// Runs in the ChecklistPdfRenderer's worker thread: fonts are parsed once there, off the event loop.
servePdfJobs<PrintableChecklist>(renderChecklistPdf);
