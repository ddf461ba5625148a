import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Course } from '../curricula/course.entity';
import { Lesson } from '../curricula/lesson.entity';
import { Quiz } from '../quizzes/quiz.entity';
import { Enrolment } from './enrolment.entity';
import { LessonProgress } from './lesson-progress.entity';

export enum QuestionType {
  single = 'single',
  multiple = 'multiple',
  true_false = 'true_false',
  case = 'case',
}
registerEnumType(QuestionType, { name: 'QuestionType' });

@ObjectType()
export class AttemptOption {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType({ description: 'An item as shown in one attempt; what is correct appears only after submission' })
export class AttemptItem {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  stem: string;

  @Field(() => String, { nullable: true })
  caseText: string | null;

  @Field(() => [AttemptOption], { description: 'In this attempt’s shuffled order' })
  options: AttemptOption[];

  @Field(() => [String])
  chosen: string[];

  @Field(() => Boolean, { nullable: true })
  correct: boolean | null;

  @Field(() => [String], { nullable: true })
  correctOptionIds: string[] | null;

  @Field(() => String, { nullable: true })
  explanation: string | null;
}

@ObjectType('QuizAttempt')
export class QuizAttemptView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Percent of items answered correctly' })
  score: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => [AttemptItem])
  items: AttemptItem[];
}

@ObjectType()
export class QuizStatus {
  @Field()
  passed: boolean;

  @Field(() => Int)
  attemptsUsed: number;

  @Field(() => Int, { nullable: true, description: 'Null when attempts are unlimited' })
  attemptsLeft: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while a cool-down after a failed attempt runs' })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true })
  bestScore: number | null;
}

@ObjectType()
export class CourseProgress {
  @Field(() => Int)
  lessonsTotal: number;

  @Field(() => Int)
  lessonsCompleted: number;

  @Field(() => Int)
  quizzesTotal: number;

  @Field(() => Int)
  quizzesPassed: number;

  @Field(() => Int, { description: 'Lessons completed and quizzes passed, as a percent of all of them' })
  percent: number;

  @Field(() => Lesson, { nullable: true, description: 'The first lesson in reading order not yet completed' })
  nextLesson: Lesson | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}

@ObjectType()
export class CatalogueEntry {
  @Field(() => Course)
  course: Course;

  @Field(() => Enrolment, { nullable: true })
  enrolment: Enrolment | null;

  @Field()
  matchesMyCadre: boolean;
}

@ObjectType()
export class RecordProgressResult {
  @Field(() => Int, { description: 'Events recorded now' })
  accepted: number;

  @Field(() => Int, { description: 'Events already recorded before (same id), counted once' })
  duplicates: number;

  @Field(() => [LessonProgress])
  lessons: LessonProgress[];
}

@ObjectType()
export class ItemDifficulty {
  @Field(() => ID)
  itemId: string;

  @Field()
  stem: string;

  @Field()
  quizTitle: string;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  wrong: number;

  @Field(() => Float)
  wrongRate: number;
}

@ObjectType()
export class QuizResult {
  @Field(() => Quiz)
  quiz: Quiz;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  bestScore: number | null;

  @Field()
  passed: boolean;
}

@ObjectType()
export class TraineeProgress {
  @Field(() => ID)
  userId: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => GraphQLISODateTime)
  enrolledAt: Date;

  @Field(() => Int)
  lessonsCompleted: number;

  @Field(() => Int)
  lessonsTotal: number;

  @Field(() => [QuizResult])
  quizResults: QuizResult[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}

@ObjectType()
export class CourseReport {
  @Field(() => Course)
  course: Course;

  @Field(() => [TraineeProgress])
  trainees: TraineeProgress[];

  @Field(() => [ItemDifficulty], { description: 'Most often answered wrong first' })
  difficultItems: ItemDifficulty[];
}
