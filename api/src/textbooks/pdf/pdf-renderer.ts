import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { PrintableBook } from './printable-book';

interface Pending {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/**
 * Renders books in one worker thread (started on first use, kept for the next), so a cold PDF never blocks
 * /health or GraphQL. Books are rendered one after another: the worker holds the parsed fonts once, and two
 * cores are shared with the database. Running from TypeScript sources (tests), the worker loads them with ts-node.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private serial = 0;

  render(book: PrintableBook): Promise<Buffer> {
    const id = ++this.serial;
    const worker = this.started();
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // while a render is pending, it keeps the process alive
      worker.postMessage({ id, book });
    });
  }

  async onModuleDestroy() {
    await this.worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const compiled = join(__dirname, 'pdf-worker.js');
    const worker = existsSync(compiled)
      ? new Worker(compiled)
      : new Worker(join(__dirname, 'pdf-worker.ts'), { execArgv: ['--require', 'ts-node/register/transpile-only'], env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.json') } });
    worker.unref();
    worker.on('message', ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (error !== undefined) pending?.reject(new Error(`PDF rendering failed: ${error}`));
      else pending?.resolve(Buffer.from(pdf!.buffer, pdf!.byteOffset, pdf!.byteLength));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PDF worker ended (${code})`)));
    return (this.worker = worker);
  }
}
