import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PdfThread } from '../../common/pdf-thread';
import type { Slip } from './account-slips-pdf';

/** Draws account slips in a worker thread (`account-slips-worker`), off the server's event loop. */
@Injectable()
export class AccountSlipsRenderer implements OnModuleDestroy {
  private readonly thread = new PdfThread<{ slips: Slip[]; address: string }>(join(__dirname, 'account-slips-worker'));

  render(slips: Slip[], address: string): Promise<Buffer> {
    return this.thread.render({ slips, address });
  }

  onModuleDestroy() {
    return this.thread.close();
  }
}
