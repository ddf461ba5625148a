import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { PackageKeysService } from '../container/package-keys.service';
import type { PackageManifest } from '../container/package-format';
import { readPackage } from '../container/package-reader';
import { RecordsApplier, type RecordOutcome } from './records-applier';
import { RECORD_TYPES, type RecordType } from './records-format';
import { RecordsIdentity } from './records-identity';
import { NotRecordsPackageException, RecordsInvalidException } from './records.exception';

export type OutcomeCounts = Record<RecordOutcome, number>;

export interface RecordsImportReport {
  packageId: string;
  source: PackageManifest['source'];
  since: string | null;
  until: string;
  /** Per record type, what applying it did (or would do, in a preview). */
  outcomes: Record<RecordType, OutcomeCounts>;
  /** The package was applied before: nothing was done again. */
  alreadyApplied: boolean;
  applied: boolean;
}

export interface RecordsImportOptions {
  /** false: a preview — everything is applied in the transaction, reported, and rolled back. */
  apply: boolean;
  actorId: string | null;
  /** Region paths a scoped importer may write (null: everywhere). */
  scope: string[] | null;
}

const emptyOutcomes = (): OutcomeCounts => ({ added: 0, updated: 0, unchanged: 0, older: 0, conflict: 0 });

/** Thrown inside the transaction to roll a preview back. */
class Preview {}

/**
 * Imports a records package in one transaction, committed only once the container has checked the signature:
 * a cut, altered or interrupted import writes nothing, and the same file can be run again. Imports run one at a
 * time (a transaction-scoped advisory lock); a package applied before is recognised by its id and skipped whole.
 */
@Injectable()
export class RecordsImporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: PackageKeysService,
    private readonly audit: AuditService,
  ) {}

  async import(input: Readable, options: RecordsImportOptions): Promise<RecordsImportReport> {
    const reading = await readPackage(input, this.keys.trust());
    const { manifest } = reading;
    if (manifest.kind !== 'records') {
      input.destroy();
      throw new NotRecordsPackageException(String(manifest.kind));
    }
    const report: RecordsImportReport = {
      packageId: manifest.packageId,
      source: manifest.source,
      since: (manifest.since as string | null) ?? null,
      until: String(manifest.until),
      outcomes: Object.fromEntries(RECORD_TYPES.map((type) => [type, emptyOutcomes()])) as Record<RecordType, OutcomeCounts>,
      alreadyApplied: false,
      applied: false,
    };
    try {
      await this.db.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('records_import'))`);
        if (((await manager.query(`SELECT 1 FROM records_package WHERE package_id = $1`, [manifest.packageId])) as unknown[]).length) {
          report.alreadyApplied = true;
          input.destroy();
          return;
        }
        const applier = new RecordsApplier(manager, new RecordsIdentity(manager, options.scope), manifest.packageId);
        for await (const record of reading.records) {
          const outcome = await applier.apply(record.type, record.data).catch((error: unknown) => {
            throw uniqueClash(error, record.type, record.data);
          });
          report.outcomes[record.type as RecordType][outcome] += 1;
        }
        const { sha256 } = await reading.verified;
        await manager.query(
          `INSERT INTO records_package (package_id, source_install_id, since, until, sha256, counts, applied_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            manifest.packageId,
            manifest.source.installId,
            report.since,
            report.until,
            sha256,
            JSON.stringify(report.outcomes),
            options.actorId,
          ],
        );
        await this.audit.record(manager, {
          actorId: options.actorId,
          action: 'records.imported',
          entityType: 'records_package',
          entityId: manifest.packageId,
          after: { source: manifest.source, since: report.since, until: report.until, outcomes: report.outcomes },
        });
        if (!options.apply) throw new Preview();
        report.applied = true;
      });
    } catch (error) {
      if (!(error instanceof Preview)) throw error;
    }
    return report;
  }
}

/** Another row here already holds a unique value the record brings (a registration or licence number taken by a different record). */
function uniqueClash(error: unknown, type: string, data: unknown): unknown {
  if ((error as { code?: string }).code !== '23505') return error;
  const id = (data as { id?: unknown })?.id;
  return new RecordsInvalidException(
    type,
    typeof id === 'string' ? id : '-',
    `it clashes with a record held here (${(error as { detail?: string }).detail ?? 'a unique value'})`,
  );
}
