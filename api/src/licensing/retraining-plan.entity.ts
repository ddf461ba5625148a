import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A curriculum a registrar assigned to a worker with a due date; its progress follows from learning data. */
@ObjectType()
@Entity('retraining_plan')
@Index(['workerId', 'curriculumId'], { unique: true })
export class RetrainingPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'curriculum_id' })
  curriculumId: string;

  @Field()
  @Index()
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** Kept by database triggers (migration AddRetrainingPlanRollup) for the compliance report; the plan's progress is computed. */
  @Column({ default: false, insert: false, update: false })
  done: boolean;

  /** The worker's facility, kept by the same triggers. */
  @Column({ name: 'facility_id', type: 'uuid', nullable: true, insert: false, update: false })
  facilityId: string | null;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
