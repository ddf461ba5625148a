import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum CreditSource {
  course_completion = 'course_completion',
  manual = 'manual',
  reversal = 'reversal',
}
registerEnumType(CreditSource, { name: 'CreditSource' });

/**
 * A line of a worker's credit ledger. Lines are never edited or deleted: a correction is a reversing line
 * (negative hours, `reversesId` set). Course completions enter automatically, once each.
 */
@ObjectType()
@Entity('credit_entry')
@Index(['workerId', 'earnedOn'])
@Index(['workerId', 'courseId'], { unique: true, where: `source = 'course_completion'` })
export class CreditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => CreditSource)
  @Column({ type: 'varchar' })
  source: CreditSource;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: Number } })
  hours: number;

  @Field()
  @Column()
  topic: string;

  @Field()
  @Column({ name: 'earned_on', type: 'date' })
  earnedOn: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'course_id', type: 'varchar', nullable: true })
  courseId: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence for a manual entry (in-person training) or why a line was reversed' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'reverses_id', type: 'uuid', nullable: true, unique: true })
  reversesId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
