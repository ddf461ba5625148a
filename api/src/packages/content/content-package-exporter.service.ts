import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type ObjectLiteral } from 'typeorm';
import { NotFoundException } from '../../common/domain.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ContentVersion } from '../../publishing/content-version.entity';
import { Curriculum } from '../../curricula/curriculum.entity';
import { GlossaryEntry, GlossaryStatus } from '../../glossary/glossary-entry.entity';
import { PackageKeysService } from '../container/package-keys.service';
import { PackageWriter } from '../container/package-writer';
import {
  CONTENT_TABLES,
  type ContentManifestFields,
  type ContentTable,
  FIGURE_TYPE,
  GLOSSARY_TYPE,
  isVersioned,
  type PackagedVersion,
  withoutLocal,
} from './content-records';

const PAGE = 200;
/** Figures a text shows: `![...](media/<file>)`, as the content loader requires them. */
const FIGURE = /\]\(media\/([\w.-]+)\)/g;

/** Which rows of each table a package holds: a WHERE clause per table over the stored ids. */
type Scope = Record<string, ObjectLiteral | undefined>;

/**
 * Writes the published content — of one curriculum, or all of it — as a signed content package: every row,
 * every published version of each text, the figures the texts show, and the glossary. Read page by page and
 * written as it is read, so the package never sits in memory.
 */
@Injectable()
export class ContentPackageExporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: PackageKeysService,
  ) {}

  /** `onStart` is called once the scope is known to exist, before the first byte (an HTTP response sets its headers). */
  async export(
    out: Writable,
    curriculumId?: string,
    onStart: () => void = () => undefined,
  ): Promise<{ packageId: string; sha256: string; records: number }> {
    const manager = this.db.manager;
    const scope = await this.scope(manager, curriculumId);
    onStart();
    const counts: Record<string, number> = {};
    for (const table of CONTENT_TABLES) counts[table.type] = await manager.count(table.entity, { where: scope[table.type] });
    counts[GLOSSARY_TYPE] = await manager.count(GlossaryEntry, { where: glossaryScope });
    const fields: ContentManifestFields = { curriculumId: curriculumId ?? null, counts };
    const packageId = randomUUID();
    const manifest = {
      kind: 'content' as const,
      packageId,
      createdAt: new Date().toISOString(),
      source: await this.keys.source(),
      ...fields,
    };
    const writer = new PackageWriter(out, manifest, this.keys.signer());
    const figures = new Set<string>();
    for (const table of CONTENT_TABLES) {
      await this.pages(manager, table, scope[table.type], async (rows) => {
        const versions = await this.versionsOf(manager, table, rows);
        for (const row of rows) {
          for (const match of `${row.body ?? ''}`.matchAll(FIGURE)) figures.add(match[1]);
          const data = withoutLocal(table, row);
          await writer.write(table.type, isVersioned(table, row) ? { row: data, versions: versions.get(row.id as string) ?? [] } : data);
        }
      });
    }
    for (const entry of await manager.find(GlossaryEntry, { where: glossaryScope, order: { southTerm: 'ASC', northTerm: 'ASC' } })) {
      const { southTerm, northTerm, relation, domain, note, source, status } = entry;
      await writer.write(GLOSSARY_TYPE, { southTerm, northTerm, relation, domain, note, source, status });
    }
    for (const name of [...figures].sort()) {
      const bytes = await readFile(join(this.config.contentDir, 'media', name)).catch(() => undefined);
      if (bytes)
        await writer.write(FIGURE_TYPE, {
          name,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          base64: bytes.toString('base64'),
        });
    }
    const { sha256, records } = await writer.finish();
    return { packageId, sha256, records };
  }

  /** Everything, or one curriculum: its courses, modules, lessons, quizzes, items, the textbooks that show its
   * lessons and the checklists it requires. */
  private async scope(manager: EntityManager, curriculumId?: string): Promise<Scope> {
    if (!curriculumId) return {};
    const curriculum = await manager.findOneBy(Curriculum, { id: curriculumId });
    if (!curriculum) throw new NotFoundException({ ko: '교육과정', en: 'Curriculum' }, curriculumId);
    const ids = async (sql: string) => ((await manager.query(sql, [curriculumId])) as { id: string }[]).map((r) => r.id);
    const courses = await ids(`SELECT id FROM course WHERE curriculum_id = $1`);
    const quizzes = await ids(`SELECT q.id FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.curriculum_id = $1`);
    const textbooks = await ids(
      `SELECT DISTINCT s.textbook_id AS id FROM textbook_section s JOIN lesson l ON l.id = s.lesson_id JOIN course c ON c.id = l.course_id WHERE c.curriculum_id = $1`,
    );
    return {
      curriculum: { id: curriculumId },
      course: { id: In(courses) },
      module: { courseId: In(courses) },
      lesson: { courseId: In(courses) },
      quiz: { id: In(quizzes) },
      item: { quizId: In(quizzes) },
      textbook: { id: In(textbooks) },
      chapter: { textbookId: In(textbooks) },
      section: { textbookId: In(textbooks) },
      checklist: { id: In(curriculum.checklistIds) },
    };
  }

  private async pages(
    manager: EntityManager,
    table: ContentTable,
    where: ObjectLiteral | undefined,
    each: (rows: ObjectLiteral[]) => Promise<void>,
  ) {
    const order = Object.fromEntries(
      manager.connection.getMetadata(table.entity).primaryColumns.map((c) => [c.propertyName, 'ASC' as const]),
    );
    for (let skip = 0; ; skip += PAGE) {
      const rows = await manager.find(table.entity, { where, order, skip, take: PAGE });
      if (rows.length) await each(rows);
      if (rows.length < PAGE) return;
    }
  }

  private async versionsOf(manager: EntityManager, table: ContentTable, rows: ObjectLiteral[]): Promise<Map<string, PackagedVersion[]>> {
    const ids = rows.filter((row) => isVersioned(table, row)).map((row) => row.id as string);
    const byId = new Map<string, PackagedVersion[]>();
    if (!table.reviewed || ids.length === 0) return byId;
    const versions = await manager.find(ContentVersion, {
      where: { kind: table.reviewed.kind, contentId: In(ids) },
      order: { version: 'ASC' },
    });
    for (const v of versions) {
      const list = byId.get(v.contentId) ?? [];
      list.push({
        version: v.version,
        title: v.title,
        titleEn: v.titleEn,
        body: v.body,
        meta: v.meta,
        source: v.source,
        publishedAt: v.publishedAt?.toISOString() ?? null,
      });
      byId.set(v.contentId, list);
    }
    return byId;
  }
}

/** Rejected entries are kept only as the record of a decision; they are not published. */
const glossaryScope = { status: In([GlossaryStatus.attested, GlossaryStatus.proposed, GlossaryStatus.confirmed]) };
