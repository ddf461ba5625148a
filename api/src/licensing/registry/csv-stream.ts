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
  // One drain listener for the whole download: the compression middleware hands drain listeners to its gzip
  // stream and never passes their removal on, so a listener per wait would pile up there.
  let wake: (() => void) | undefined;
  const resume = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  res.on('drain', resume);
  res.once('close', () => {
    closed = true;
    resume();
  });
  const write = async (chunk: string) => {
    if (res.write(chunk) || closed) return;
    await new Promise<void>((resolve) => (wake = resolve));
  };
  await write(toCsv([columns], { bom: true }));
  for await (const batch of batches) {
    if (closed) return;
    await write(toCsv(batch.map(row)));
  }
  res.end();
}
