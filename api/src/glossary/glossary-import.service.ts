import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GlossaryEntry as ContentGlossaryEntry } from '@dari/content';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { entryKey, type GlossaryRow, normalizeTerm, parseGlossaryCsv, type RowProblem } from './glossary-csv';
import { DECIDED_STATUSES, GlossaryEntry, type GlossaryRelation, type GlossaryStatus } from './glossary-entry.entity';
import { GlossaryChangedException, GlossaryCsvInvalidException } from './glossary.exception';
import type { GlossaryImportReport } from './glossary.model';
import { snapshot } from './glossary.service';
import { TerminologyService } from './terminology.service';

export interface GlossaryImportCounts {
  added: number;
  changed: number;
  unchanged: number;
}

interface Plan {
  counts: GlossaryImportCounts;
  inserts: GlossaryRow[];
  updates: { before: GlossaryEntry; row: GlossaryRow }[];
}

const FIELDS = ['relation', 'domain', 'note', 'source', 'status'] as const;
const differs = (entry: GlossaryEntry, row: GlossaryRow) => FIELDS.some((f) => entry[f] !== row[f]);
const BATCH = 200;

/**
 * Bulk writes to the glossary: the admin's CSV import (validated whole, then all rows or none) and the content
 * importer's glossary step (content/glossary/*.tsv). Both are keyed by South + North term and audited per entry;
 * neither ever changes a faculty decision (confirmed or rejected).
 */
@Injectable()
export class GlossaryImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly terminology: TerminologyService,
  ) {}

  /**
   * A dry run reports what would change and every bad row; a real import with any bad row throws CSV_INVALID
   * (with the same per-row report) and writes nothing.
   */
  async importCsv(actorId: string, csv: string, dryRun: boolean): Promise<GlossaryImportReport> {
    const parsed = parseGlossaryCsv(csv);
    const report = await this.db
      .transaction(async (manager): Promise<GlossaryImportReport> => {
        const existing = await this.existing(manager);
        const errors: RowProblem[] = [...parsed.errors];
        const plan: Plan = { counts: { added: 0, changed: 0, unchanged: 0 }, inserts: [], updates: [] };
        for (const { line, row } of parsed.rows) {
          const before = existing.get(entryKey(row));
          const changes = !before || differs(before, row);
          if (changes && before && DECIDED_STATUSES.includes(before.status)) {
            errors.push({ line, problems: [`${before.status} by faculty: change it through review, not by import`] });
          } else if (changes && DECIDED_STATUSES.includes(row.status) && !row.source) {
            errors.push({ line, problems: [`a ${row.status} entry needs a source (faculty decide entries through review)`] });
          } else this.addToPlan(plan, before, row);
        }
        errors.sort((a, b) => a.line - b.line);
        const base = { rows: parsed.rows.length + parsed.errors.length, ...plan.counts, errors };
        if (errors.length > 0 && !dryRun) throw new GlossaryCsvInvalidException(errors);
        if (dryRun || errors.length > 0) return { ...base, committed: false };
        await this.write(manager, actorId, plan, 'glossary.imported', 'CSV import');
        return { ...base, committed: true };
      })
      .catch((e: unknown) => {
        // A pair proposed by someone else between our read and our insert: nothing was written; try again.
        if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') throw new GlossaryChangedException();
        throw e;
      });
    if (report.committed) this.terminology.invalidate();
    return report;
  }

  /**
   * The content importer's step, inside its transaction: adds new pairs and updates changed ones, but leaves
   * entries faculty have confirmed or rejected exactly as they are. A pair listed twice keeps its first row.
   */
  async importFromContent(manager: EntityManager, entries: ContentGlossaryEntry[]): Promise<GlossaryImportCounts> {
    const existing = await this.existing(manager);
    const plan: Plan = { counts: { added: 0, changed: 0, unchanged: 0 }, inserts: [], updates: [] };
    const seen = new Set<string>();
    for (const e of entries) {
      const row: GlossaryRow = {
        southTerm: normalizeTerm(e.southTerm),
        northTerm: normalizeTerm(e.northTerm),
        relation: e.relation as GlossaryRelation,
        domain: e.domain,
        note: e.note,
        source: e.source,
        status: e.status as GlossaryStatus,
      };
      const key = entryKey(row);
      if (seen.has(key)) continue;
      seen.add(key);
      const before = existing.get(key);
      if (before && DECIDED_STATUSES.includes(before.status)) plan.counts.unchanged++;
      else this.addToPlan(plan, before, row);
    }
    await this.write(manager, null, plan, 'glossary.imported', 'content import');
    if (plan.inserts.length + plan.updates.length > 0) this.terminology.invalidate();
    return plan.counts;
  }

  private addToPlan(plan: Plan, before: GlossaryEntry | undefined, row: GlossaryRow) {
    if (!before) {
      plan.counts.added++;
      plan.inserts.push(row);
    } else if (differs(before, row)) {
      plan.counts.changed++;
      plan.updates.push({ before, row });
    } else plan.counts.unchanged++;
  }

  private async existing(manager: EntityManager): Promise<Map<string, GlossaryEntry>> {
    return new Map((await manager.find(GlossaryEntry)).map((e) => [entryKey(e), e]));
  }

  private async write(manager: EntityManager, actorId: string | null, plan: Plan, action: string, reason: string) {
    for (let i = 0; i < plan.inserts.length; i += BATCH) {
      const result = await manager.insert(GlossaryEntry, plan.inserts.slice(i, i + BATCH));
      const ids = result.identifiers.map((x) => x.id as string);
      for (const [j, row] of plan.inserts.slice(i, i + BATCH).entries()) {
        await this.audit.record(manager, { actorId, action, entityType: 'glossary_entry', entityId: ids[j], after: { ...row }, reason });
      }
    }
    for (const { before, row } of plan.updates) {
      const change = { relation: row.relation, domain: row.domain, note: row.note, source: row.source, status: row.status };
      await manager.update(GlossaryEntry, { id: before.id }, change);
      await this.audit.record(manager, {
        actorId,
        action,
        entityType: 'glossary_entry',
        entityId: before.id,
        before: snapshot(before),
        after: snapshot({ ...before, ...change }),
        reason,
      });
    }
  }
}
