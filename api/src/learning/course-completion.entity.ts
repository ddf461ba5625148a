import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Topic } from '../curricula/topic.enum';

/**
 * Recorded once when a trainee completes a course: the credit source the licensing ledger reads
 * (hours and topic are copied, so later edits to the course do not change credits already earned).
 */
@ObjectType()
@Entity('course_completion')
export class CourseCompletion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'course_id' })
  courseId: string;

  @Field(() => GraphQLISODateTime)
  @Index()
  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt: Date;

  @Field(() => Float)
  @Column({ name: 'credit_hours', type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: Number } })
  creditHours: number;

  @Field(() => Topic)
  @Column({ type: 'varchar' })
  topic: Topic;
}
