import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PdfThread } from '../common/pdf-thread';
import type { PrintableChecklist } from './checklist-pdf';

/** Prints checklists in a worker thread (`checklist-pdf-worker`), off the server's event loop. */
@Injectable()
export class ChecklistPdfRenderer implements OnModuleDestroy {
  private readonly thread = new PdfThread<PrintableChecklist>(join(__dirname, 'checklist-pdf-worker'));

  render(checklist: PrintableChecklist): Promise<Buffer> {
    return this.thread.render(checklist);
  }

  onModuleDestroy() {
    return this.thread.close();
  }
}
