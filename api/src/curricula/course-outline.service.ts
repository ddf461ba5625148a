import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { onSharedVersionBumped } from '../database/shared-version';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

// Other processes' publishing or imports are seen within this time; this process's own at once (after commit).
const REVALIDATE_MS = 1000;

// Every lesson's place and light fields, in reading order, with the version the copy was read at (one snapshot).
const OUTLINE = `
  SELECT l.id, l.title, l.title_en, l.summary, l.summary_en, l.topic, l.care_level, l.cadres, l.position,
         l.module_id, l.course_id, l.review_by::text AS review_by, l.version, l.credit_hours,
         (SELECT version FROM shared_version WHERE name = 'curricula') AS outline_version
  FROM lesson l JOIN course_module m ON m.id = l.module_id
  ORDER BY l.course_id, m.position, l.position`;

interface Outline {
  version: string;
  byCourse: Map<string, Lesson[]>;
  /** Courses and modules by id: changed only by imports, which bump the same version. */
  courses: Map<string, Course>;
  modules: Map<string, CourseModule>;
}

/**
 * Course outlines — each course's lessons in reading order without their bodies, objectives or references, and
 * the course and module rows — kept in memory: the lesson page's course, module and previous/next links, lesson
 * counts and next lessons read them on every request.
 * Publishing and importing bump the `curricula` shared version; every process compares it at most once a
 * second. The missing fields of an outline lesson are loaded by LessonFieldsResolver when a client asks.
 */
@Injectable()
export class CourseOutlineService implements OnModuleDestroy {
  private outline?: Promise<Outline>;
  private checkedAt = 0;
  private revalidation?: Promise<void>;
  private readonly stopListening: () => void;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.stopListening = onSharedVersionBumped(db, 'curricula', () => this.invalidate());
  }

  onModuleDestroy() {
    this.stopListening();
  }

  /** The lessons of `courseId` in reading order (module, then lesson position); outline fields only. */
  async lessonsOf(courseId: string): Promise<Lesson[]> {
    return (await this.current()).byCourse.get(courseId) ?? [];
  }

  /** A course as the outline was read (null: none with that id then). */
  async course(id: string): Promise<Course | null> {
    return (await this.current()).courses.get(id) ?? null;
  }

  /** Every course, by curriculum and then position (the catalogue's order). */
  async courses(): Promise<Course[]> {
    return [...(await this.current()).courses.values()];
  }

  async module(id: string): Promise<CourseModule | null> {
    return (await this.current()).modules.get(id) ?? null;
  }

  invalidate() {
    this.outline = undefined;
  }

  private async current(): Promise<Outline> {
    if (this.outline && !this.revalidation && Date.now() - this.checkedAt > REVALIDATE_MS) {
      this.checkedAt = Date.now();
      this.revalidation = this.revalidate().finally(() => (this.revalidation = undefined));
    }
    await this.revalidation; // every caller meanwhile waits for the check, so none is served the old copy
    if (!this.outline) {
      this.checkedAt = Date.now();
      const loading = this.load();
      loading.catch(() => this.outline === loading && this.invalidate());
      this.outline = loading;
    }
    return this.outline;
  }

  private async revalidate(): Promise<void> {
    const cached = this.outline;
    try {
      const [{ version }] = await this.db.query(`SELECT version FROM shared_version WHERE name = 'curricula'`);
      if (this.outline === cached && (await cached?.catch(() => undefined))?.version !== version) this.invalidate();
    } catch {
      this.invalidate(); // reload rather than serve a copy that could not be checked
    }
  }

  private async load(): Promise<Outline> {
    const [rows, courses, modules]: [Record<string, unknown>[], Course[], CourseModule[]] = await Promise.all([
      this.db.query(OUTLINE),
      // In catalogue order: by curriculum, then by position in it.
      this.db
        .getRepository(Course)
        .createQueryBuilder('c')
        .innerJoin(Curriculum, 'cur', 'cur.id = c.curriculum_id')
        .orderBy('cur.position', 'ASC')
        .addOrderBy('c.position', 'ASC')
        .getMany(),
      this.db.getRepository(CourseModule).find(),
    ]);
    const byCourse = new Map<string, Lesson[]>();
    for (const row of rows) {
      const lesson = Object.assign(new Lesson(), {
        id: row.id,
        title: row.title,
        titleEn: row.title_en,
        summary: row.summary,
        summaryEn: row.summary_en,
        topic: row.topic,
        careLevel: row.care_level,
        cadres: row.cadres,
        position: row.position,
        moduleId: row.module_id,
        courseId: row.course_id,
        reviewBy: row.review_by,
        version: row.version,
        creditHours: Number(row.credit_hours),
      });
      const list = byCourse.get(lesson.courseId);
      if (list) list.push(lesson);
      else byCourse.set(lesson.courseId, [lesson]);
    }
    return {
      version: String(
        rows[0]?.outline_version ?? (await this.db.query(`SELECT version FROM shared_version WHERE name = 'curricula'`))[0].version,
      ),
      byCourse,
      courses: new Map(courses.map((c) => [c.id, c])),
      modules: new Map(modules.map((m) => [m.id, m])),
    };
  }
}
