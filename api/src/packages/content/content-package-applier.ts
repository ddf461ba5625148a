import { type DiffPart, diffKoreanWords } from '@dari/content';
import { type EntityManager, In, type ObjectLiteral } from 'typeorm';
import { upsertChanged } from '../../content-import/upsert';
import { ContentVersion, type VersionedKind } from '../../publishing/content-version.entity';
import type { ContentVersionsService } from '../../publishing/content-versions.service';
import type { PackageManifest } from '../container/package-format';
import { type ContentTable, type PackagedVersion, type VersionedRecord } from './content-records';

export type ChangeStatus = 'added' | 'changed' | 'conflict';

/** One row the package adds or changes; a conflict is a local edit it would overwrite. */
export interface PackageChange {
  type: string;
  id: string;
  title: string;
  status: ChangeStatus;
  /** Word diff from the local text to the package's (empty when only other fields changed). */
  diff: DiffPart[];
  /** For a conflict: whether the package's text was taken (false: the local text is kept). */
  taken: boolean | null;
}

export interface TypeCounts {
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
}

type Text = { title: string; body: string };
const sameText = (a: Text, b: Text) => a.title === b.title && a.body === b.body;

/**
 * Applies a content package's rows to this install inside the caller's transaction, table by table, and says
 * what each did. A text edited here since the version the package shares with this install is a conflict: it
 * keeps the local text unless `take` names it.
 */
export class ContentPackageApplier {
  readonly counts: Record<string, TypeCounts> = {};
  readonly changes: PackageChange[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly versions: ContentVersionsService,
    private readonly manifest: PackageManifest,
    private readonly take: ReadonlySet<string>,
    private readonly actorId: string | null,
  ) {}

  count(type: string): TypeCounts {
    return (this.counts[type] ??= { added: 0, changed: 0, unchanged: 0, conflicts: 0 });
  }

  /** Rows without versioned text: written when new or different. */
  async rows(table: ContentTable, rows: ObjectLiteral[]): Promise<void> {
    const bump = table.local.includes('version') && !table.reviewed;
    const { counts, written } = await upsertChanged(this.manager, table.entity, rows, table.key, {
      ignore: table.local,
      prepare: (row, before) => ({
        ...row,
        ...(table.local.includes('version') ? { version: bump ? (before?.version ?? 0) + 1 : (before?.version ?? 1) } : {}),
        ...(table.local.includes('updatedAt') ? { updatedAt: new Date() } : {}),
      }),
    });
    const count = this.count(table.type);
    count.added += counts.added;
    count.changed += counts.changed;
    count.unchanged += counts.unchanged;
    for (const { row, before } of written)
      this.changes.push({
        type: table.type,
        id: table.key(row),
        title: table.title(row),
        status: before ? 'changed' : 'added',
        diff: [],
        taken: null,
      });
  }

  /** Lessons, written sections, items: their rows, and their texts version by version. */
  async versioned(table: ContentTable, records: VersionedRecord[]): Promise<void> {
    const reviewed = table.reviewed!;
    const local = new Map(
      (await this.manager.findBy(table.entity, { id: In(records.map((r) => r.row.id)) })).map((row) => [table.key(row), row]),
    );
    const pick = (row: ObjectLiteral) => Object.fromEntries(reviewed.columns.map((c) => [c, row[c as string]]));
    // The rows' other fields, keeping each local text as it is: texts move only as versions, below.
    const rows = records.map(({ row, versions }) => {
      const mine = local.get(table.key(row));
      return mine ? { ...row, ...pick(mine) } : { ...row, version: versions.at(-1)?.version ?? 1 };
    });
    const { written } = await upsertChanged(this.manager, table.entity, rows, table.key, {
      ignore: ['version'],
      prepare: (row, before) => ({ ...row, version: before?.version ?? row.version }),
    });
    const structureChanged = new Set(written.map((w) => table.key(w.row)));
    const count = this.count(table.type);
    for (const { row, versions } of records) {
      const key = table.key(row);
      const mine = local.get(key);
      const theirs = reviewed.text(row);
      const change = (status: ChangeStatus, diff: DiffPart[] = [], taken: boolean | null = null) =>
        this.changes.push({ type: table.type, id: key, title: theirs.title, status, diff, taken });
      if (!mine) {
        await this.insertVersions(reviewed.kind, row.id as string, versions);
        count.added += 1;
        change('added');
        continue;
      }
      const ours = reviewed.text(mine);
      if (sameText(ours, theirs)) {
        if (!structureChanged.has(key)) count.unchanged += 1;
        else {
          count.changed += 1;
          change('changed');
        }
        continue;
      }
      const diff = diffKoreanWords(ours.body, theirs.body);
      // Where this install's text stands in the package's history: versions after it are new here.
      const shared = versions.map((v) => sameText(v, ours)).lastIndexOf(true);
      if (shared >= 0) {
        for (const v of versions.slice(shared + 1)) await this.publish(reviewed.kind, row.id as string, v, v);
        if (!sameText(versions.at(-1) ?? ours, theirs)) await this.publish(reviewed.kind, row.id as string, theirs, undefined);
        count.changed += 1;
        change('changed', diff);
        continue;
      }
      count.conflicts += 1;
      const taken = this.take.has(`${table.type}:${key}`);
      if (taken)
        await this.publish(
          reviewed.kind,
          row.id as string,
          theirs,
          versions.findLast((v) => sameText(v, theirs)),
        );
      change('conflict', diff, taken);
    }
  }

  /** Where a version came from: the package and the version as the exporting install numbered it. */
  private origin(version: PackagedVersion | undefined) {
    const { packageId, source } = this.manifest;
    return {
      packageId,
      installId: source.installId,
      publicUrl: source.publicUrl,
      keyId: source.keyId,
      ...(version ? { version: version.version, source: version.source, meta: version.meta } : {}),
    };
  }

  private async publish(kind: VersionedKind, id: string, text: Text, version: PackagedVersion | undefined) {
    const publishedAt = version?.publishedAt ? new Date(version.publishedAt) : new Date();
    await this.versions.publish(
      this.manager,
      kind,
      id,
      text,
      { package: this.origin(version), publishedBy: this.actorId },
      { source: 'package', publishedAt },
    );
  }

  /** A text new here: its history as the exporting install kept it, each version marked as from the package. */
  private async insertVersions(kind: VersionedKind, contentId: string, versions: PackagedVersion[]) {
    const rows = versions.map((v) => ({
      kind,
      contentId,
      version: v.version,
      title: v.title,
      titleEn: v.titleEn,
      body: v.body,
      meta: { package: this.origin(v) },
      source: 'package',
      publishedAt: v.publishedAt ? new Date(v.publishedAt) : null,
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.manager
        .createQueryBuilder()
        .insert()
        .into(ContentVersion)
        .values(rows.slice(i, i + 200) as never)
        .orIgnore()
        .execute();
    }
  }

  get changed(): boolean {
    return this.changes.some((c) => c.status !== 'conflict' || c.taken);
  }
}
