import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Checklist } from '../curricula/checklist.entity';
import { Worker } from '../licensing/worker.entity';
import { Facility } from '../organisations/facility.entity';
import { User } from '../users/user.entity';
import { SkillOutcome } from './skill-outcome.enum';

/** A supervisor's record of a worker performing a checklist's skill. Append-only; a pass counts toward curricula. */
@ObjectType()
@Entity('skill_assessment')
@Index('IDX_skill_assessment_client', ['recordedBy', 'clientId'], { unique: true })
@Index(['workerId', 'checklistId'])
export class SkillAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id' })
  worker?: Worker;

  @Field(() => ID)
  @Column({ name: 'checklist_id' })
  checklistId: string;

  @ManyToOne(() => Checklist, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checklist_id' })
  checklist?: Checklist;

  @Field(() => Int, { description: 'The checklist version the steps were numbered in' })
  @Column({ name: 'checklist_version' })
  checklistVersion: number;

  @Field(() => SkillOutcome)
  @Column({ type: 'varchar' })
  outcome: SkillOutcome;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Field(() => ID)
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: Facility;

  @Field(() => [Int], { description: 'Numbers of the steps not done correctly' })
  @Column({ name: 'missed_steps', type: 'int', array: true, default: '{}' })
  missedSteps: number[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: User;

  /** The recording client's key: the same submission sent twice is stored once. */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Field()
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
