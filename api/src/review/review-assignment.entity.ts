import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ReviewDecision {
  pending = 'pending',
  approved = 'approved',
  changes_requested = 'changes_requested',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

/** A reviewer asked to review one revision by a date; their latest decision on it. */
@ObjectType()
@Entity('review_assignment')
@Index(['revisionId', 'reviewerId'], { unique: true })
@Index(['reviewerId', 'decision'])
export class ReviewAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @Field(() => ID)
  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Field()
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => ReviewDecision)
  @Column({ type: 'varchar', default: ReviewDecision.pending })
  decision: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
