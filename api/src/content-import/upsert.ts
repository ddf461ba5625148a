import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export interface UpsertResult<T> {
  counts: ImportCounts;
  /** Rows written, each with what was stored before (undefined when added). */
  written: { row: Partial<T>; before: T | undefined }[];
}

const BATCH = 200;

/**
 * Writes the rows that are new or differ from what is stored (by primary key), leaving equal rows alone so a
 * second import of the same content writes nothing. `prepare` may add derived columns (e.g. a version number)
 * to each row about to be written; `ignore` lists columns that do not count as a change.
 */
export async function upsertChanged<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  key: (row: Partial<T>) => string,
  options: { ignore?: (keyof T)[]; prepare?: (row: Partial<T>, before: T | undefined) => Partial<T> } = {},
): Promise<UpsertResult<T>> {
  const existing = new Map((await manager.find(entity)).map((row) => [key(row), row]));
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0 };
  const written: UpsertResult<T>['written'] = [];
  for (const row of rows) {
    const before = existing.get(key(row));
    const same =
      before !== undefined &&
      Object.keys(row).every((k) => options.ignore?.includes(k as keyof T) || stable(before[k]) === stable(row[k as keyof T]));
    if (same) {
      counts.unchanged++;
      continue;
    }
    if (before) counts.changed++;
    else counts.added++;
    written.push({ row: options.prepare ? options.prepare(row, before) : row, before });
  }
  const metadata = manager.connection.getMetadata(entity);
  const conflict = metadata.primaryColumns.map((c) => c.propertyName);
  for (let i = 0; i < written.length; i += BATCH) {
    await manager.upsert(entity, written.slice(i, i + BATCH).map((w) => w.row) as never, conflict);
  }
  return { counts, written };
}

/** JSON with sorted keys: jsonb does not keep key order, so a plain stringify would see false changes. */
export function stable(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
