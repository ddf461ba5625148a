import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Cadre } from '../users/cadre.enum';

/**
 * A health worker: one identity wherever they are posted. `facilityId` is the current posting (see
 * WorkerPosting for the history); a worker may exist before they have a user account.
 */
@ObjectType()
@Entity('worker')
export class Worker {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** National registration number; unique, the key for CSV imports. */
  @Field()
  @Column({ name: 'registration_number', unique: true })
  registrationNumber: string;

  @Field()
  @Column()
  name: string;

  @Field(() => Cadre)
  @Index()
  @Column({ type: 'varchar' })
  cadre: Cadre;

  @Field(() => ID)
  @Index()
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @Field(() => ID, { nullable: true })
  @Index({ unique: true, where: 'user_id IS NOT NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
