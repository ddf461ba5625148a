import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { Course } from '../curricula/course.entity';
import { Quiz } from '../quizzes/quiz.entity';
import { CourseCompletion } from './course-completion.entity';
import { CourseReportService } from './course-report.service';
import { Enrolment } from './enrolment.entity';
import { EnrolmentsService } from './enrolments.service';
import { AnswerInput, CatalogueFilter, ProgressEventInput } from './learning.inputs';
import { CatalogueEntry, CourseReport, QuizAttemptView, RecordProgressResult } from './learning.model';
import { ProgressService } from './progress.service';
import { QuizAttemptsService } from './quiz-attempts.service';
import { UUID } from '../common/scalars';

/** A trainee's own learning: every operation acts on the signed-in user's records only. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly progress: ProgressService,
    private readonly quizzes: QuizAttemptsService,
    private readonly reports: CourseReportService,
  ) {}

  @Allow(Permission.LearningRecord)
  @Query(() => [CatalogueEntry], { description: 'Unfinished enrolments first, then courses for my cadre, then the rest' })
  catalogue(
    @Args('filter', { type: () => CatalogueFilter, nullable: true }) filter: CatalogueFilter | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.enrolments.catalogue(actor.userId, filter);
  }

  @Allow(Permission.LearningRecord)
  @Query(() => [Enrolment])
  myEnrolments(@CurrentActor() actor: Actor) {
    return this.enrolments.myEnrolments(actor.userId);
  }

  @Allow(Permission.LearningRecord)
  @Query(() => [CourseCompletion], { description: 'Completed courses and the credits they earned, newest first' })
  myCompletions(@Args('since', { type: () => GraphQLISODateTime, nullable: true }) since: Date | undefined, @CurrentActor() actor: Actor) {
    return this.enrolments.completions(actor.userId, since);
  }

  @Allow(Permission.LearningRecord)
  @Query(() => Quiz)
  quiz(@Args('id', { type: () => ID }) id: string) {
    return this.quizzes.getQuiz(id);
  }

  @Allow(Permission.LearningRecord)
  @Query(() => QuizAttemptView)
  quizAttempt(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor: Actor) {
    return this.quizzes.attempt(actor.userId, id);
  }

  @Allow(Permission.LearningReportsRead)
  @Query(() => CourseReport, { description: "Faculty's view: every trainee's progress and the items most often answered wrong" })
  courseReport(@Args('courseId', { type: () => ID }) courseId: string) {
    return this.reports.report(courseId);
  }

  @Allow(Permission.LearningRecord)
  @Mutation(() => Enrolment, {
    description: 'Idempotent: enrolling again returns the same enrolment; enrolling in a course left restores it',
  })
  enrol(@Args('courseId', { type: () => ID }) courseId: string, @CurrentActor() actor: Actor) {
    return this.enrolments.enrol(actor.userId, courseId);
  }

  @Allow(Permission.LearningRecord)
  @Mutation(() => Course, {
    description:
      'Leaves a course not completed (COURSE_COMPLETED otherwise): no longer listed as mine; progress is kept and enrolling again restores it',
  })
  leaveCourse(@Args('courseId', { type: () => ID }) courseId: string, @CurrentActor() actor: Actor) {
    return this.enrolments.leave(actor.userId, courseId);
  }

  @Allow(Permission.LearningRecord)
  @Mutation(() => RecordProgressResult, { description: 'Idempotent by event id; events may arrive late, twice or out of order' })
  recordProgress(@Args('events', { type: () => [ProgressEventInput] }) events: ProgressEventInput[], @CurrentActor() actor: Actor) {
    return this.progress.record(actor.userId, events);
  }

  @Allow(Permission.LearningRecord)
  @Mutation(() => QuizAttemptView, { description: 'Starts an attempt (or resumes the unsubmitted one) in a fresh random order' })
  startQuizAttempt(@Args('quizId', { type: () => ID }) quizId: string, @CurrentActor() actor: Actor) {
    return this.quizzes.start(actor.userId, quizId);
  }

  @Allow(Permission.LearningRecord)
  @Mutation(() => QuizAttemptView, { description: 'Scores on the server and reveals answers and explanations' })
  submitQuizAttempt(
    @Args('attemptId', { type: () => UUID }) attemptId: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
    @CurrentActor() actor: Actor,
  ) {
    return this.quizzes.submit(actor.userId, attemptId, answers);
  }
}
