import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

function byKey<T, K extends keyof T>(rows: T[], key: K) {
  const map = new Map<T[K], T[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
}

/** Batches nested curricula lookups per request, so a list never costs one query per row. */
export class CurriculaLoaders {
  constructor(private readonly db: DataSource) {}

  readonly curriculum = new DataLoader<string, Curriculum | undefined>(async (ids) => {
    const map = byKey(await this.db.getRepository(Curriculum).findBy({ id: In([...ids]) }), 'id');
    return ids.map((id) => map.get(id)?.[0]);
  });

  readonly course = new DataLoader<string, Course | undefined>(async (ids) => {
    const map = byKey(await this.db.getRepository(Course).findBy({ id: In([...ids]) }), 'id');
    return ids.map((id) => map.get(id)?.[0]);
  });

  readonly module = new DataLoader<string, CourseModule | undefined>(async (ids) => {
    const map = byKey(await this.db.getRepository(CourseModule).findBy({ id: In([...ids]) }), 'id');
    return ids.map((id) => map.get(id)?.[0]);
  });

  readonly coursesOfCurriculum = new DataLoader<string, Course[]>(async (ids) => {
    const rows = await this.db.getRepository(Course).find({ where: { curriculumId: In([...ids]) }, order: { position: 'ASC' } });
    const map = byKey(rows, 'curriculumId');
    return ids.map((id) => map.get(id) ?? []);
  });

  readonly modulesOfCourse = new DataLoader<string, CourseModule[]>(async (ids) => {
    const rows = await this.db.getRepository(CourseModule).find({ where: { courseId: In([...ids]) }, order: { position: 'ASC' } });
    const map = byKey(rows, 'courseId');
    return ids.map((id) => map.get(id) ?? []);
  });

  /** Whole lessons (body, objectives, references), for an outline lesson a client asks more of. */
  readonly lesson = new DataLoader<string, Lesson | undefined>(async (ids) => {
    const map = byKey(await this.db.getRepository(Lesson).findBy({ id: In([...ids]) }), 'id');
    return ids.map((id) => map.get(id)?.[0]);
  });
}

@Injectable()
export class CurriculaLoaderFactory {
  private readonly perRequest = new WeakMap<object, CurriculaLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(request: object): CurriculaLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) this.perRequest.set(request, (loaders = new CurriculaLoaders(this.db)));
    return loaders;
  }
}
