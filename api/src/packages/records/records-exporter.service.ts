import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { PackageKeysService } from '../container/package-keys.service';
import { PackageWriter } from '../container/package-writer';
import { EXPORT_QUERIES, FIRST_KEY } from './records-export.queries';
import { emptyCounts, RECORD_TYPES, type RecordCounts, type RecordsManifestFields, type RecordType } from './records-format';
import { BadWatermarkException } from './records.exception';

/** Rows read per query: a national package streams in batches of this size, never whole. */
export const EXPORT_BATCH = 2000;

export interface RecordsExportResult {
  packageId: string;
  since: string | null;
  until: string;
  counts: RecordCounts;
  records: number;
  sha256: string;
}

/**
 * Writes the install's registry and learning records changed in (since, until] as a signed records package.
 * Counts go in the manifest, which comes first, so they are counted first and the records then streamed in
 * keyset batches with the writer's backpressure — both passes in one read-only snapshot, so they agree.
 */
@Injectable()
export class RecordsExporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: PackageKeysService,
  ) {}

  /** `scope`: region paths a scoped registrar may export (null: the whole install). */
  async export(out: Writable, options: { since?: string | null; scope?: string[] | null } = {}): Promise<RecordsExportResult> {
    const since = await this.watermark(options.since ?? null);
    const scope = options.scope ?? null;
    const source = await this.keys.source();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // The database's clock ends the window, so the next package's `since` is this `until` on the same clock.
      const [{ until }] = (await runner.query(
        `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS until`,
      )) as { until: string }[];
      const read = (type: RecordType) => this.batches(runner, type, { since, until, scope, installId: source.installId });
      const counts = emptyCounts();
      for (const type of RECORD_TYPES) for await (const batch of read(type)) counts[type] += batch.length;

      const packageId = randomUUID();
      const fields: RecordsManifestFields = { kind: 'records', since, until, scope, counts };
      const writer = new PackageWriter(out, { ...fields, packageId, createdAt: new Date().toISOString(), source }, this.keys.signer());
      for (const type of RECORD_TYPES) for await (const batch of read(type)) for (const row of batch) await writer.write(type, row.data);
      const { sha256, records } = await writer.finish();
      return { packageId, since, until, counts, records, sha256 };
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  private async *batches(
    runner: QueryRunner,
    type: RecordType,
    p: { since: string | null; until: string; scope: string[] | null; installId: string },
  ) {
    let after = FIRST_KEY[type];
    for (;;) {
      const rows = (await runner.query(EXPORT_QUERIES[type], [p.since, p.until, p.scope, after, EXPORT_BATCH, p.installId])) as {
        k: string;
        data: unknown;
      }[];
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].k;
    }
  }

  /** An ISO date or date-time, normalised by the database (refused when it is none). */
  private async watermark(since: string | null): Promise<string | null> {
    if (since === null) return null;
    if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?)?$/.test(since.trim())) throw new BadWatermarkException(since);
    try {
      const [{ at }] = (await this.db.query(`SELECT to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at`, [
        since.trim(),
      ])) as { at: string }[];
      return at;
    } catch {
      throw new BadWatermarkException(since);
    }
  }
}
