import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REPORTS_DATABASE } from '../../database/reports-database.module';
import { Worker } from '../worker.entity';
import type { WorkerListFilter } from '../workers.service';
import { lazyPage, type PageOf } from '../../common/paging/page';
import type { PageArgs } from '../../common/paging/page.args';
import { pageWindow } from '../../common/paging/paging';
import { readWorkerCursor, type WorkerCursor, workerCursor } from './worker-cursor';
import { workerCountSql, workerExportSql, workerPageSql } from './worker-list.query';

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

  /**
   * One page after or before a row's cursor (any depth, index-ordered; offset counts past the cursor), or from
   * an offset (shallow pages). One row more than the page is read, to know whether a next page exists.
   */
  page(scopes: string[] | null, filter: WorkerListFilter, args: Partial<PageArgs>): PageOf<Worker> {
    const { first, offset, after, before } = pageWindow(args);
    const cursor = { after: readWorkerCursor(after, 'after'), before: readWorkerCursor(before, 'before') };
    return lazyPage(
      async () => {
        const { sql, params } = workerPageSql(scopes, filter, { limit: first + 1, offset, ...cursor });
        const rows: Partial<Worker>[] = await this.db.query(sql, params);
        const workers = rows.slice(0, first).map((row) => Object.assign(new Worker(), row));
        // A page before a cursor is read backwards; the cursor's own row follows it.
        if (cursor.before)
          return { items: workers.reverse(), nextCursor: workers.length ? workerCursor(workers[workers.length - 1]) : null };
        return { items: workers, nextCursor: rows.length > first ? workerCursor(workers[workers.length - 1]) : null };
      },
      () => this.count(scopes, filter),
    );
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
