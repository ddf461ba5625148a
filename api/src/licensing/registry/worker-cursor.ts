import { decodeCursor, encodeCursor } from '../../common/paging/paging';

/** Where a row stands in the workers list: the list order's key (name, registration number). */
export interface WorkerCursor {
  name: string;
  registrationNumber: string;
}

const isWorkerKey = (key: unknown): key is [string, string] =>
  Array.isArray(key) && key.length === 2 && key.every((v) => typeof v === 'string');

export const workerCursor = (c: WorkerCursor): string => encodeCursor([c.name, c.registrationNumber]);

export function readWorkerCursor(text: string | undefined, field: string): WorkerCursor | undefined {
  if (text === undefined) return undefined;
  const [name, registrationNumber] = decodeCursor(text, field, isWorkerKey);
  return { name, registrationNumber };
}
