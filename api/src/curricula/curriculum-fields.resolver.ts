import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import { GraphQLJSON } from 'graphql-scalars';
import { BODY_TREE_DESCRIPTION, markdownTree } from '../common/markdown-trees';
import { CourseOutlineService } from './course-outline.service';
import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { CurriculaLoaderFactory } from './curricula.loaders';
import { Curriculum } from './curriculum.entity';
import { Lesson, Reference } from './lesson.entity';

// Nested fields of already-authorised parents: no further access check, every lookup batched.

@FieldOfParent()
@Resolver(() => Curriculum)
export class CurriculumFieldsResolver {
  constructor(private readonly loaders: CurriculaLoaderFactory) {}

  @ResolveField(() => [Course])
  courses(@Parent() curriculum: Curriculum, @Context('req') req: object) {
    return this.loaders.for(req).coursesOfCurriculum.load(curriculum.id);
  }
}

@FieldOfParent()
@Resolver(() => Course)
export class CourseFieldsResolver {
  constructor(
    private readonly loaders: CurriculaLoaderFactory,
    private readonly outlines: CourseOutlineService,
  ) {}

  @ResolveField(() => Curriculum)
  curriculum(@Parent() course: Course, @Context('req') req: object) {
    return this.loaders.for(req).curriculum.load(course.curriculumId);
  }

  @ResolveField(() => [CourseModule])
  modules(@Parent() course: Course, @Context('req') req: object) {
    return this.loaders.for(req).modulesOfCourse.load(course.id);
  }

  @ResolveField(() => Int)
  async lessonCount(@Parent() course: Course) {
    return (await this.outlines.lessonsOf(course.id)).length;
  }
}

@FieldOfParent()
@Resolver(() => CourseModule)
export class ModuleFieldsResolver {
  constructor(private readonly outlines: CourseOutlineService) {}

  @ResolveField(() => [Lesson])
  async lessons(@Parent() module: CourseModule) {
    const lessons = await this.outlines.lessonsOf(module.courseId);
    return lessons.filter((l) => l.moduleId === module.id);
  }
}

@FieldOfParent()
@Resolver(() => Lesson)
export class LessonFieldsResolver {
  constructor(
    private readonly loaders: CurriculaLoaderFactory,
    private readonly outlines: CourseOutlineService,
  ) {}

  // From the cached outline (the lesson page asks on every request); the loaders only if it has not seen the row.
  @ResolveField(() => Course)
  async course(@Parent() lesson: Lesson, @Context('req') req: object) {
    return (await this.outlines.course(lesson.courseId)) ?? this.loaders.for(req).course.load(lesson.courseId);
  }

  @ResolveField(() => CourseModule, { name: 'module' })
  async courseModule(@Parent() lesson: Lesson, @Context('req') req: object) {
    return (await this.outlines.module(lesson.moduleId)) ?? this.loaders.for(req).module.load(lesson.moduleId);
  }

  @ResolveField(() => GraphQLJSON, { description: BODY_TREE_DESCRIPTION })
  bodyTree(@Parent() lesson: Lesson) {
    return markdownTree(lesson.body);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'The lesson before this one in the course.' })
  async previousLesson(@Parent() lesson: Lesson) {
    return this.neighbour(lesson, -1);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'The lesson after this one in the course.' })
  async nextLesson(@Parent() lesson: Lesson) {
    return this.neighbour(lesson, 1);
  }

  // Outline lessons (previous/next, a module's lessons, a course's next lesson) carry no body, objectives or
  // references: loaded, batched, only when a client asks for them.
  @ResolveField(() => String)
  body(@Parent() lesson: Lesson, @Context('req') req: object) {
    return lesson.body ?? this.whole(lesson, req).then((l) => l.body);
  }

  @ResolveField(() => [String])
  objectives(@Parent() lesson: Lesson, @Context('req') req: object) {
    return lesson.objectives ?? this.whole(lesson, req).then((l) => l.objectives);
  }

  @ResolveField(() => [Reference])
  references(@Parent() lesson: Lesson, @Context('req') req: object) {
    return lesson.references ?? this.whole(lesson, req).then((l) => l.references);
  }

  private async whole(lesson: Lesson, req: object): Promise<Lesson> {
    return (await this.loaders.for(req).lesson.load(lesson.id))!;
  }

  private async neighbour(lesson: Lesson, step: number) {
    const lessons = await this.outlines.lessonsOf(lesson.courseId);
    return lessons[lessons.findIndex((l) => l.id === lesson.id) + step] ?? null;
  }
}
