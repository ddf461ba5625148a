import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { manyEach, oneEach, PerRequest } from '../common/loaders';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

/** Batches nested curricula lookups per request, so a list never costs one query per row. */
export class CurriculaLoaders {
  constructor(private readonly db: DataSource) {}

  readonly curriculum = new DataLoader<string, Curriculum | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Curriculum).findBy({ id: In([...ids]) }), (c) => c.id),
  );

  readonly course = new DataLoader<string, Course | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Course).findBy({ id: In([...ids]) }), (c) => c.id),
  );

  readonly module = new DataLoader<string, CourseModule | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(CourseModule).findBy({ id: In([...ids]) }), (m) => m.id),
  );

  readonly coursesOfCurriculum = new DataLoader<string, Course[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(Course).find({ where: { curriculumId: In([...ids]) }, order: { position: 'ASC' } }),
      (c) => c.curriculumId,
    ),
  );

  readonly modulesOfCourse = new DataLoader<string, CourseModule[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(CourseModule).find({ where: { courseId: In([...ids]) }, order: { position: 'ASC' } }),
      (m) => m.courseId,
    ),
  );

  /** Whole lessons (body, objectives, references), for an outline lesson a client asks more of. */
  readonly lesson = new DataLoader<string, Lesson | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Lesson).findBy({ id: In([...ids]) }), (l) => l.id),
  );
}

@Injectable()
export class CurriculaLoaderFactory {
  private readonly loaders = new PerRequest(() => new CurriculaLoaders(this.db));

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(request: object): CurriculaLoaders {
    return this.loaders.for(request);
  }
}
