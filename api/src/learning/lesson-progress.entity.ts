import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A trainee's summary of one lesson, rolled up from progress events. Every rule is order-independent (earliest
 * open, furthest read, latest position, time added once per event, completion never undone), so replays and
 * out-of-order offline batches converge on the same state.
 */
@ObjectType()
@Entity('lesson_progress')
export class LessonProgress {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'lesson_id' })
  lessonId: string;

  @Index()
  @Column({ name: 'course_id' })
  courseId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Scroll fraction (0..1) of the latest position event' })
  @Column({ type: 'double precision', nullable: true })
  position: number | null;

  /** Client time and event id of the position above: the latest wins, ties broken by id. */
  @Column({ name: 'position_at', type: 'timestamptz', nullable: true })
  positionAt: Date | null;

  @Column({ name: 'position_event', type: 'uuid', nullable: true })
  positionEvent: string | null;

  @Field(() => Int)
  @Column({ name: 'percent_read', default: 0 })
  percentRead: number;

  @Field(() => Int)
  @Column({ name: 'time_spent_seconds', default: 0 })
  timeSpentSeconds: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
