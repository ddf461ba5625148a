import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { CurriculaLoaderFactory } from './curricula.loaders';
import { Curriculum } from './curriculum.entity';
import { Lesson } from './lesson.entity';

// Nested fields of already-authorised parents: no further access check, every lookup batched.

@Resolver(() => Curriculum)
export class CurriculumFieldsResolver {
  constructor(private readonly loaders: CurriculaLoaderFactory) {}

  @ResolveField(() => [Course])
  courses(@Parent() curriculum: Curriculum, @Context('req') req: object) {
    return this.loaders.for(req).coursesOfCurriculum.load(curriculum.id);
  }
}

@Resolver(() => Course)
export class CourseFieldsResolver {
  constructor(private readonly loaders: CurriculaLoaderFactory) {}

  @ResolveField(() => Curriculum)
  curriculum(@Parent() course: Course, @Context('req') req: object) {
    return this.loaders.for(req).curriculum.load(course.curriculumId);
  }

  @ResolveField(() => [CourseModule])
  modules(@Parent() course: Course, @Context('req') req: object) {
    return this.loaders.for(req).modulesOfCourse.load(course.id);
  }

  @ResolveField(() => Int)
  async lessonCount(@Parent() course: Course, @Context('req') req: object) {
    return (await this.loaders.for(req).lessonsOfCourse.load(course.id)).length;
  }
}

@Resolver(() => CourseModule)
export class ModuleFieldsResolver {
  constructor(private readonly loaders: CurriculaLoaderFactory) {}

  @ResolveField(() => [Lesson])
  async lessons(@Parent() module: CourseModule, @Context('req') req: object) {
    const lessons = await this.loaders.for(req).lessonsOfCourse.load(module.courseId);
    return lessons.filter((l) => l.moduleId === module.id);
  }
}

@Resolver(() => Lesson)
export class LessonFieldsResolver {
  constructor(private readonly loaders: CurriculaLoaderFactory) {}

  @ResolveField(() => Course)
  course(@Parent() lesson: Lesson, @Context('req') req: object) {
    return this.loaders.for(req).course.load(lesson.courseId);
  }

  @ResolveField(() => CourseModule, { name: 'module' })
  courseModule(@Parent() lesson: Lesson, @Context('req') req: object) {
    return this.loaders.for(req).module.load(lesson.moduleId);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'The lesson before this one in the course.' })
  async previousLesson(@Parent() lesson: Lesson, @Context('req') req: object) {
    return this.neighbour(lesson, req, -1);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'The lesson after this one in the course.' })
  async nextLesson(@Parent() lesson: Lesson, @Context('req') req: object) {
    return this.neighbour(lesson, req, 1);
  }

  private async neighbour(lesson: Lesson, req: object, step: number) {
    const lessons = await this.loaders.for(req).lessonsOfCourse.load(lesson.courseId);
    return lessons[lessons.findIndex((l) => l.id === lesson.id) + step] ?? null;
  }
}
