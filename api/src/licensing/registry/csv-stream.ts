import type { Response } from 'express';
import { type CsvValue, toCsv } from '../../common/csv';
import { today } from '../../common/dates';

/**
 * Writes a CSV download batch by batch with backpressure: each batch waits until the client has taken the
 * previous one (`drain`), so memory holds one batch whatever the file's size. A client that goes away stops
 * the export (the remaining batches are never queried).
 */
export async function streamCsv<T>(
  res: Response,
  name: string,
  columns: string[],
  batches: AsyncIterable<T[]> | Iterable<T[]>,
  row: (item: T) => CsvValue[],
): Promise<void> {
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}-${today()}.csv"`,
    'Cache-Control': 'private, no-store',
  });
  let closed = false;
  res.once('close', () => (closed = true));
  const write = async (chunk: string) => {
    if (res.write(chunk) || closed) return;
    // Until the client has taken the chunk, or gone. `once` for drain: the compression middleware hands drain
    // listeners to its gzip stream and does not pass `off` on, so only a listener that removes itself goes.
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  };
  await write(toCsv([columns], { bom: true }));
  for await (const batch of batches) {
    if (closed) return;
    await write(toCsv(batch.map(row)));
  }
  res.end();
}
