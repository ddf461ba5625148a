import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AnswerInput } from './learning.inputs';
import { AttemptOption, QuestionType } from './learning.model';

@ObjectType({ description: 'An item as a saved quiz shows it offline: the question and its options, never the key' })
export class OfflineQuizItem {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  stem: string;

  @Field(() => String, { nullable: true })
  caseText: string | null;

  @Field(() => [AttemptOption])
  options: AttemptOption[];
}

@ObjectType({ description: 'What a saved copy is compared with: an id and its published version' })
export class SavedContentVersion {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lesson and textbook version number; for a quiz a fingerprint of its items’ versions' })
  version: string;

  @Field()
  title: string;

  @Field()
  titleEn: string;
}

@ObjectType({ description: 'Everything saving a course for offline stores, with versions to tell when it changed' })
export class SavedCourseVersions {
  @Field(() => ID)
  courseId: string;

  @Field(() => [SavedContentVersion], { description: 'In course order' })
  lessons: SavedContentVersion[];

  @Field(() => [SavedContentVersion])
  quizzes: SavedContentVersion[];

  @Field(() => [SavedContentVersion], { description: 'Textbooks with a section showing one of the course’s lessons' })
  textbooks: SavedContentVersion[];
}

/** An attempt answered offline, as the browser sends it. */
export interface OfflineQuizAttemptInput {
  clientId: string;
  quizId: string;
  answers: AnswerInput[];
  answeredAt: Date;
}
