import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Worker } from '../worker.entity';
import type { WorkerListFilter } from '../workers.service';
import { OffsetTooDeepException, type WorkerCursor } from './worker-cursor';
import { keyset, SqlParams, whereClause, workerConditions } from './worker-list.query';

/** Offsets beyond this are refused: deeper pages are reached with the keyset cursor, which costs the same at any depth. */
export const MAX_OFFSET = 10_000;
export const EXPORT_BATCH = 5_000;

export interface WorkerPageArgs {
  limit: number;
  offset?: number;
  after?: WorkerCursor;
  before?: WorkerCursor;
}

export interface WorkerExportRow {
  registration_number: string;
  name: string;
  cadre: string;
  facility_code: string;
  facility_name: string;
  region: string;
  licence_type_id: string | null;
  licence_number: string | null;
  issued_on: string | null;
  expires_on: string | null;
  status: string | null;
}

const WORKER_COLUMNS = `w.id, w.registration_number AS "registrationNumber", w.name, w.cadre, w.facility_id AS "facilityId",
  w.user_id AS "userId", w.created_at AS "createdAt"`;

/** The registrar's worker list: keyset pages in (name, registration number) order, its count, and the export. */
@Injectable()
export class WorkerListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page: after/before a cursor (any depth, index-ordered), or from a capped offset. */
  async page(scopes: string[] | null, filter: WorkerListFilter, args: WorkerPageArgs): Promise<Worker[]> {
    const offset = Math.max(args.offset ?? 0, 0);
    if (offset > MAX_OFFSET) throw new OffsetTooDeepException(MAX_OFFSET);
    const params = new SqlParams();
    const conditions = workerConditions(scopes, filter, params);
    const { condition, order } = keyset(params, args);
    if (condition) conditions.push(condition);
    const limit = params.add(Math.min(Math.max(args.limit, 1), 1000));
    const rows: Partial<Worker>[] = await this.db.query(
      `SELECT ${WORKER_COLUMNS} FROM worker w ${whereClause(conditions)} ORDER BY ${order} LIMIT ${limit} OFFSET ${params.add(offset)}`,
      params.values,
    );
    const workers = rows.map((row) => Object.assign(new Worker(), row));
    return args.before ? workers.reverse() : workers;
  }

  /** How many workers match: an exact count (index-only where the filter allows; see README on scale). */
  async count(scopes: string[] | null, filter: WorkerListFilter): Promise<number> {
    const params = new SqlParams();
    const [{ total }]: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total FROM worker w ${whereClause(workerConditions(scopes, filter, params))}`,
      params.values,
    );
    return total;
  }

  /**
   * Every matching worker with facility, region and latest licence, in list order, as keyset batches: each
   * batch is one index-ordered query starting after the previous batch's last row (never OFFSET), so the cost
   * per row is flat however long the list and the same SQL runs on PostgreSQL and the embedded PGlite.
   */
  async *exportBatches(scopes: string[] | null, filter: WorkerListFilter, batch = EXPORT_BATCH): AsyncGenerator<WorkerExportRow[]> {
    let after: WorkerCursor | undefined;
    for (;;) {
      const params = new SqlParams();
      const conditions = workerConditions(scopes, filter, params);
      const { condition, order } = keyset(params, { after });
      if (condition) conditions.push(condition);
      const rows: WorkerExportRow[] = await this.db.query(
        `SELECT w.registration_number, w.name, w.cadre, f.code AS facility_code, f.name AS facility_name, r.name AS region,
                l.licence_type_id, l.number AS licence_number, l.issued_on::text AS issued_on, l.expires_on::text AS expires_on, l.status
         FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
         LEFT JOIN LATERAL (SELECT * FROM licence l WHERE l.worker_id = w.id ORDER BY l.issued_on DESC, l.number LIMIT 1) l ON true
         ${whereClause(conditions)} ORDER BY ${order} LIMIT ${params.add(batch)}`,
        params.values,
      );
      if (rows.length) yield rows;
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      after = { name: last.name, registrationNumber: last.registration_number };
    }
  }
}
