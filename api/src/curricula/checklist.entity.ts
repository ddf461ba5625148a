import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { Reference } from './lesson.entity';
import { TargetedContent } from './targeted-content';

@ObjectType({ description: 'One observable action of a skills checklist' })
export class ChecklistStep {
  @Field(() => Int, { description: 'From 1, in the checklist’s order; missed steps are recorded by it' })
  number: number;

  @Field(() => String, { nullable: true, description: 'Heading the step starts (shown above it)' })
  group: string | null;

  @Field({ description: 'Korean' })
  text: string;

  @Field({ description: 'Must be done correctly to pass' })
  critical: boolean;
}

/** A skills checklist from content/checklists: published content like a lesson, read by every role. */
@ObjectType()
@Entity('checklist')
export class Checklist extends TargetedContent {
  @Field(() => [String], { description: 'Ids of the lessons that teach the skill' })
  @Column({ name: 'lesson_ids', type: 'text', array: true })
  lessonIds: string[];

  @Field(() => [String], { description: 'What the practice station needs (Korean)' })
  @Column({ type: 'jsonb' })
  equipment: string[];

  @Field(() => [ChecklistStep])
  @Column({ type: 'jsonb' })
  steps: ChecklistStep[];

  @Field(() => [Reference])
  @Column({ type: 'jsonb' })
  references: Reference[];

  @Field(() => String, { nullable: true, description: 'ISO date by which the checklist must be re-checked' })
  @Column({ name: 'review_by', type: 'date', nullable: true })
  reviewBy: string | null;

  @Field(() => Int, { description: 'Published version; every imported change adds one, and assessments keep the one they used' })
  @Column({ default: 1 })
  version: number;
}
