import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PdfThread } from '../../common/pdf-thread';
import type { PrintableBook } from './printable-book';

/** Renders books in a worker thread (`pdf-worker`), so a cold PDF never blocks /health or GraphQL. */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly thread = new PdfThread<PrintableBook>(join(__dirname, 'pdf-worker'));

  render(book: PrintableBook): Promise<Buffer> {
    return this.thread.render(book);
  }

  onModuleDestroy() {
    return this.thread.close();
  }
}
