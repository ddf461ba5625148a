import { visibleStatusCondition } from '../licence-status.sql';
import type { WorkerListFilter } from '../workers.service';
import type { WorkerCursor } from './worker-cursor';

/** Positional SQL parameters, collected as conditions are written. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** `$n` for the value. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * "Worker `w` is in one of the region scopes" (null: everywhere). A semi-join on the facilities of those
 * regions, so the planner can walk a worker index in list order and keep the rows whose facility matches.
 */
export function inScopes(scopes: string[] | null, params: SqlParams, facilityColumn = 'w.facility_id'): string | null {
  if (!scopes) return null;
  return `${facilityColumn} IN (SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id WHERE r.path LIKE ANY(${params.add(scopes.map((p) => `${p}%`))}::text[]))`;
}

/** The WHERE conditions of the registrar's worker list (alias `w`), shared by the page, the count and the export. */
export function workerConditions(scopes: string[] | null, filter: WorkerListFilter, params: SqlParams): string[] {
  const where = [inScopes(scopes, params)];
  if (filter.facilityId) where.push(`w.facility_id = ${params.add(filter.facilityId)}::uuid`);
  if (filter.regionId) {
    where.push(`w.facility_id IN (SELECT f.id FROM facility f JOIN region r ON r.id = f.region_id
      WHERE r.path LIKE (SELECT path FROM region WHERE id = ${params.add(filter.regionId)}::uuid) || '%')`);
  }
  if (filter.cadre) where.push(`w.cadre = ${params.add(filter.cadre)}`);
  if (filter.search) {
    // Three characters or more: the pg_trgm GIN indexes serve ILIKE on both columns (a bitmap OR). Exactly two:
    // the bigram GIN indexes find the rows holding that pair, and ILIKE checks them. One: read in list order.
    const pattern = params.add(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const matches = `(w.name ILIKE ${pattern} OR w.registration_number ILIKE ${pattern})`;
    if ([...filter.search].length !== 2) where.push(matches);
    else {
      const pair = params.add([filter.search.toLowerCase()]);
      where.push(
        `(registry_bigrams(lower(w.name)) @> ${pair}::text[] OR registry_bigrams(lower(w.registration_number)) @> ${pair}::text[]) AND ${matches}`,
      );
    }
  }
  if (filter.status) {
    const { sql, params: named } = visibleStatusCondition('l', filter.status);
    const positional = sql.replace(/:(\w+)/g, (_, name: string) => `${params.add(named[name])}`);
    where.push(`EXISTS (SELECT 1 FROM licence l WHERE l.worker_id = w.id AND ${positional})`);
  }
  return where.filter((c): c is string => c !== null);
}

export const whereClause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/**
 * Keyset condition and order for the list order (name, registration number — unique, so the order is total):
 * rows after the cursor ascending, or before it descending (the caller reverses that page).
 */
export function keyset(
  params: SqlParams,
  cursor: { after?: WorkerCursor; before?: WorkerCursor },
): { condition: string | null; order: string } {
  if (cursor.before) {
    return {
      condition: `(w.name, w.registration_number) < (${params.add(cursor.before.name)}, ${params.add(cursor.before.registrationNumber)})`,
      order: 'w.name DESC, w.registration_number DESC',
    };
  }
  return {
    condition: cursor.after
      ? `(w.name, w.registration_number) > (${params.add(cursor.after.name)}, ${params.add(cursor.after.registrationNumber)})`
      : null,
    order: 'w.name, w.registration_number',
  };
}

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

export interface WorkerPageArgs {
  limit: number;
  offset?: number;
  after?: WorkerCursor;
  before?: WorkerCursor;
}

const WORKER_COLUMNS = `w.id, w.registration_number AS "registrationNumber", w.name, w.cadre, w.facility_id AS "facilityId",
  w.user_id AS "userId", w.created_at AS "createdAt"`;

/** One page of the list: after/before a cursor (any depth, index-ordered), or from an offset; paging arguments already clamped (`pageWindow`). */
export function workerPageSql(scopes: string[] | null, filter: WorkerListFilter, args: WorkerPageArgs): SqlQuery {
  const params = new SqlParams();
  const conditions = workerConditions(scopes, filter, params);
  const { condition, order } = keyset(params, args);
  if (condition) conditions.push(condition);
  const limit = params.add(args.limit);
  const offset = params.add(args.offset ?? 0);
  return {
    sql: `SELECT ${WORKER_COLUMNS} FROM worker w ${whereClause(conditions)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    params: params.values,
  };
}

export function workerCountSql(scopes: string[] | null, filter: WorkerListFilter): SqlQuery {
  const params = new SqlParams();
  return {
    sql: `SELECT count(*)::int AS total FROM worker w ${whereClause(workerConditions(scopes, filter, params))}`,
    params: params.values,
  };
}

/** A batch of the export: every column of the CSV (facility, region, latest licence) after the cursor. */
export function workerExportSql(
  scopes: string[] | null,
  filter: WorkerListFilter,
  after: WorkerCursor | undefined,
  batch: number,
): SqlQuery {
  const params = new SqlParams();
  const conditions = workerConditions(scopes, filter, params);
  const { condition, order } = keyset(params, { after });
  if (condition) conditions.push(condition);
  return {
    sql: `SELECT w.registration_number, w.name, w.cadre, f.code AS facility_code, f.name AS facility_name, r.name AS region,
            l.licence_type_id, l.number AS licence_number, l.issued_on::text AS issued_on, l.expires_on::text AS expires_on, l.status
     FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
     LEFT JOIN LATERAL (SELECT * FROM licence l WHERE l.worker_id = w.id ORDER BY l.issued_on DESC, l.number LIMIT 1) l ON true
     ${whereClause(conditions)} ORDER BY ${order} LIMIT ${params.add(batch)}`,
    params: params.values,
  };
}
