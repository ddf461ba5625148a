import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

interface Pending {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/**
 * One worker thread that makes PDFs from jobs (started on first use, kept for the next), so typesetting —
 * seconds of CPU for a book or 500 account slips — never blocks /health or GraphQL. Jobs run one after another:
 * the thread parses its fonts once, and two cores are shared with the database. `script` is the worker module
 * beside the caller, without extension; run from TypeScript sources (tests), it is loaded with ts-node.
 */
export class PdfThread<Job> {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private serial = 0;

  constructor(private readonly script: string) {}

  render(job: Job): Promise<Buffer> {
    const id = ++this.serial;
    const worker = this.started();
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // while a job is pending, it keeps the process alive
      worker.postMessage({ id, job });
    });
  }

  async close() {
    await this.worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = existsSync(`${this.script}.js`)
      ? new Worker(`${this.script}.js`)
      : new Worker(`${this.script}.ts`, {
          execArgv: ['--require', 'ts-node/register/transpile-only'],
          env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../tsconfig.json') },
        });
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

/** The worker thread's side: answers each job with its PDF (handed over without a copy) or the error. */
export function servePdfJobs<Job>(render: (job: Job) => Promise<Buffer>) {
  parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
    try {
      const bytes = new Uint8Array(await render(job)); // its own ArrayBuffer
      parentPort!.postMessage({ id, pdf: bytes }, [bytes.buffer]);
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
