import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REPORTS_DATABASE } from '../../database/reports-database.module';
import { Worker } from '../worker.entity';
import type { WorkerListFilter } from '../workers.service';
import { OffsetTooDeepException, type WorkerCursor } from './worker-cursor';
import { type WorkerPageArgs, workerCountSql, workerExportSql, workerPageSql } from './worker-list.query';

/** Offsets beyond this are refused: deeper pages are reached with the keyset cursor, which costs the same at any depth. */
export const MAX_OFFSET = 10_000;
export const EXPORT_BATCH = 5_000;

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

/** The registrar's worker list: keyset pages in (name, registration number) order, its count, and the export. */
@Injectable()
export class WorkerListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REPORTS_DATABASE) private readonly reports: DataSource,
  ) {}

  /** One page: after/before a cursor (any depth, index-ordered), or from a capped offset. */
  async page(scopes: string[] | null, filter: WorkerListFilter, args: WorkerPageArgs): Promise<Worker[]> {
    const offset = Math.max(args.offset ?? 0, 0);
    if (offset > MAX_OFFSET) throw new OffsetTooDeepException(MAX_OFFSET);
    const { sql, params } = workerPageSql(scopes, filter, args);
    const rows: Partial<Worker>[] = await this.db.query(sql, params);
    const workers = rows.map((row) => Object.assign(new Worker(), row));
    return args.before ? workers.reverse() : workers;
  }

  /** How many workers match: an exact count (index-only where the filter allows; see README on scale). */
  async count(scopes: string[] | null, filter: WorkerListFilter): Promise<number> {
    const { sql, params } = workerCountSql(scopes, filter);
    const [{ total }]: { total: number }[] = await this.db.query(sql, params);
    return total;
  }

  /**
   * Every matching worker with facility, region and latest licence, in list order, as keyset batches: each
   * batch is one index-ordered query starting after the previous batch's last row (never OFFSET), so the cost
   * per row is flat however long the list and the same SQL runs on PostgreSQL and the embedded PGlite.
   */
  async *exportBatches(scopes: string[] | null, filter: WorkerListFilter, batch = EXPORT_BATCH): AsyncGenerator<WorkerExportRow[]> {
    const fetch = (after: WorkerCursor | undefined): Promise<WorkerExportRow[]> => {
      const { sql, params } = workerExportSql(scopes, filter, after, batch);
      const pending: Promise<WorkerExportRow[]> = this.reports.query(sql, params);
      pending.catch(() => undefined); // awaited below; a client that left early must not leave it unhandled
      return pending;
    };
    // The next batch is asked for before this one is written, so the database and the CSV encoding overlap.
    let next = fetch(undefined);
    for (;;) {
      const rows = await next;
      const last = rows[rows.length - 1];
      if (rows.length === batch) next = fetch({ name: last.name, registrationNumber: last.registration_number });
      if (rows.length) yield rows;
      if (rows.length < batch) return;
    }
  }
}
