import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GlossaryEntry as ContentGlossaryEntry } from '@dari/content';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ContentVersionsService } from '../../publishing/content-versions.service';
import { bumpSharedVersion } from '../../database/shared-version';
import { GlossaryImportService } from '../../glossary/glossary-import.service';
import type { PackageManifest, PackageRecord } from '../container/package-format';
import { PackageKeysService } from '../container/package-keys.service';
import { readPackage } from '../container/package-reader';
import { PackageRefusedException } from '../container/package-refused.exception';
import { ContentPackageApplier, type PackageChange, type TypeCounts } from './content-package-applier';
import { CONTENT_TABLES, FIGURE_TYPE, type FigureRecord, GLOSSARY_TYPE, type VersionedRecord } from './content-records';
import { ContentMediaService } from './content-media.service';

export interface ContentImportOptions {
  /** false: compute the preview and write nothing. */
  apply: boolean;
  /** Conflicts where the package's text is taken, as `<type>:<id>`; every other conflict keeps the local text. */
  take?: ReadonlySet<string>;
  actorId: string | null;
}

export interface ContentImportReport {
  manifest: PackageManifest;
  applied: boolean;
  counts: Record<string, TypeCounts>;
  changes: PackageChange[];
}

const BATCH = 200;
const LOCK = 'dari:content-package';

/** Ends the preview's transaction without writing: the preview is the import itself, rolled back. */
class Preview extends Error {
  constructor(readonly report: ContentImportReport) {
    super('preview');
  }
}

/**
 * Imports a content package: checks its signature against the trusted publishers and applies it in one
 * transaction that commits only after the whole file is read and verified, so a cut or altered file writes
 * nothing. The preview runs the very same import and rolls it back, so what it shows is what applying does.
 */
@Injectable()
export class ContentPackageImporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: PackageKeysService,
    private readonly versions: ContentVersionsService,
    private readonly glossary: GlossaryImportService,
    private readonly media: ContentMediaService,
    private readonly audit: AuditService,
  ) {}

  async import(input: Readable, options: ContentImportOptions): Promise<ContentImportReport> {
    const reading = await readPackage(input, this.keys.trust());
    if (reading.manifest.kind !== 'content') {
      input.destroy();
      throw new PackageRefusedException('format', `a ${String(reading.manifest.kind)} package, not content`);
    }
    const staging = this.media.stagingFor(reading.manifest.packageId);
    try {
      const report = await this.db.transaction(async (manager) => {
        // One import at a time: a second one of the same package then finds everything already there.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LOCK]);
        const applier = new ContentPackageApplier(manager, this.versions, reading.manifest, options.take ?? new Set(), options.actorId);
        let batch: PackageRecord[] = [];
        const flush = async () => {
          if (batch.length) await this.applyBatch(manager, applier, staging, batch);
          batch = [];
        };
        for await (const record of reading.records) {
          if (batch.length && (batch[0].type !== record.type || batch.length >= BATCH)) await flush();
          batch.push(record);
        }
        await flush();
        await reading.verified;
        const report = { manifest: reading.manifest, applied: options.apply, counts: applier.counts, changes: applier.changes };
        if (!options.apply) throw new Preview(report);
        if (applier.changed) {
          await bumpSharedVersion(manager, 'curricula');
          await this.audit.record(manager, {
            actorId: options.actorId,
            action: 'package.imported',
            entityType: 'content_package',
            entityId: reading.manifest.packageId,
            after: {
              source: reading.manifest.source,
              curriculumId: reading.manifest.curriculumId ?? null,
              counts: applier.counts,
              taken: [...(options.take ?? [])],
            },
          });
        }
        return report;
      });
      const figures = report.changes.filter((c) => c.type === FIGURE_TYPE).map((c) => c.id);
      if (figures.length) await this.media.commit(staging, figures);
      return report;
    } catch (error) {
      if (error instanceof Preview) return error.report;
      throw error;
    } finally {
      await this.media.discard(staging);
    }
  }

  private async applyBatch(manager: EntityManager, applier: ContentPackageApplier, staging: string, batch: PackageRecord[]) {
    const type = batch[0].type;
    const data = batch.map((r) => r.data);
    if (type === GLOSSARY_TYPE) {
      const counts = await this.glossary.importFromContent(manager, data as ContentGlossaryEntry[]);
      const count = applier.count(type);
      count.added += counts.added;
      count.changed += counts.changed;
      count.unchanged += counts.unchanged;
      return;
    }
    if (type === FIGURE_TYPE) return this.media.stage(applier, staging, data as FigureRecord[]);
    const table = CONTENT_TABLES.find((t) => t.type === type);
    if (!table) throw new PackageRefusedException('format', `unknown record type ${type}`);
    const versioned = (d: unknown): d is VersionedRecord => typeof d === 'object' && d !== null && 'versions' in d && 'row' in d;
    const plain = data.filter((d) => !versioned(d)) as ObjectLiteral[];
    if (plain.length) await applier.rows(table, plain);
    const texts = data.filter(versioned);
    if (texts.length) await applier.versioned(table, texts);
  }
}
