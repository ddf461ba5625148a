import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import { Course } from '../curricula/course.entity';
import { Lesson } from '../curricula/lesson.entity';
import type { DariRequest } from '../access/request-context';
import { Quiz } from '../quizzes/quiz.entity';
import { CourseCompletion } from './course-completion.entity';
import { Enrolment } from './enrolment.entity';
import { CourseProgress, QuizAttemptView, QuizStatus } from './learning.model';
import { LearningLoaderFactory, type LearningLoaders } from './learning.loaders';
import { LessonProgress } from './lesson-progress.entity';

type Ctx = { req: DariRequest };

/** The signed-in user's loaders; the root query that led here has already checked access. */
function loadersOf(factory: LearningLoaderFactory, ctx: Ctx): LearningLoaders | undefined {
  const actor = ctx.req.actor;
  return actor ? factory.for(ctx.req, actor.userId) : undefined;
}

@FieldOfParent()
@Resolver(() => Course)
export class CourseLearningResolver {
  constructor(private readonly loaders: LearningLoaderFactory) {}

  @ResolveField(() => [Quiz])
  quizzes(@Parent() course: Course, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.quizzesOfCourse.load(course.id) ?? [];
  }

  @ResolveField(() => Enrolment, { nullable: true, description: "The signed-in user's enrolment" })
  myEnrolment(@Parent() course: Course, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.myEnrolment.load(course.id) ?? null;
  }
}

@FieldOfParent()
@Resolver(() => Lesson)
export class LessonLearningResolver {
  constructor(private readonly loaders: LearningLoaderFactory) {}

  @ResolveField(() => LessonProgress, { nullable: true, description: "The signed-in user's progress" })
  myProgress(@Parent() lesson: Lesson, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.myProgress.load(lesson.id) ?? null;
  }

  @ResolveField(() => Quiz, { nullable: true })
  quiz(@Parent() lesson: Lesson, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.quizOfLesson.load(lesson.id) ?? null;
  }
}

@FieldOfParent()
@Resolver(() => Quiz)
export class QuizLearningResolver {
  constructor(private readonly loaders: LearningLoaderFactory) {}

  @ResolveField(() => Int)
  itemCount(@Parent() quiz: Quiz, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.itemCount.load(quiz.id) ?? 0;
  }

  @ResolveField(() => Lesson)
  lesson(@Parent() quiz: Quiz, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.lesson.load(quiz.lessonId);
  }

  @ResolveField(() => QuizStatus)
  myStatus(@Parent() quiz: Quiz, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.myStatus(quiz);
  }

  @ResolveField(() => [QuizAttemptView], { description: "The signed-in user's attempts, oldest first" })
  myAttempts(@Parent() quiz: Quiz, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.myAttempts(quiz) ?? [];
  }
}

@FieldOfParent()
@Resolver(() => Enrolment)
export class EnrolmentFieldsResolver {
  constructor(private readonly loaders: LearningLoaderFactory) {}

  @ResolveField(() => Course)
  course(@Parent() enrolment: Enrolment, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.course.load(enrolment.courseId);
  }

  @ResolveField(() => CourseProgress)
  progress(@Parent() enrolment: Enrolment, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.courseProgress.load(enrolment.courseId);
  }
}

@FieldOfParent()
@Resolver(() => CourseCompletion)
export class CourseCompletionFieldsResolver {
  constructor(private readonly loaders: LearningLoaderFactory) {}

  @ResolveField(() => Course)
  course(@Parent() completion: CourseCompletion, @Context() ctx: Ctx) {
    return loadersOf(this.loaders, ctx)?.course.load(completion.courseId);
  }
}
