import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadContent } from '@dari/content';
import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ContentInvalidException } from './content-import.exception';
import { toRows } from './content-rows';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
}
export type ImportReport = Record<'curricula' | 'courses' | 'modules' | 'lessons', ImportCounts>;

/**
 * Loads content/ into the database: all or nothing (one transaction, nothing written if any file is invalid),
 * idempotent (upsert by stable id; unchanged rows are not written).
 */
@Injectable()
export class ContentImporter {
  private readonly logger = new Logger(ContentImporter.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async importFrom(root: string): Promise<ImportReport> {
    const content = loadContent(root);
    if (content.errors.length > 0) throw new ContentInvalidException(content.errors);
    const rows = toRows(content);
    const report = await this.db.transaction(async (manager) => ({
      curricula: await upsert(manager, Curriculum, rows.curricula),
      courses: await upsert(manager, Course, rows.courses),
      modules: await upsert(manager, CourseModule, rows.modules),
      lessons: await upsert(manager, Lesson, rows.lessons),
    }));
    this.logger.log(`content imported from ${root}: ${JSON.stringify(report)}`);
    return report;
  }
}

async function upsert<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<ImportCounts> {
  const existing = new Map((await manager.find(entity)).map((row) => [row.id, row]));
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0 };
  const writes = rows.filter((row) => {
    const before = existing.get(row.id as string);
    if (!before) return ++counts.added;
    const same = Object.keys(row).every((key) => stable(before[key]) === stable(row[key as keyof T]));
    return same ? (counts.unchanged++, false) : ++counts.changed;
  });
  for (let i = 0; i < writes.length; i += 200) {
    await manager.upsert(entity, writes.slice(i, i + 200) as never, ['id']);
  }
  return counts;
}

/** JSON with sorted keys: jsonb does not keep key order, so a plain stringify would see false changes. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
