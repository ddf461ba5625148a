import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType()
@Entity('worker_posting')
export class WorkerPosting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => ID)
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @Field()
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
