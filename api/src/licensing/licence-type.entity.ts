import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Cadre } from '../users/cadre.enum';

@ObjectType()
export class TopicMinimum {
  @Field()
  topic: string;

  @Field()
  hours: number;
}

/** What a licence of one cadre requires: how long it is valid and the credits needed to renew it. */
@ObjectType()
@Entity('licence_type')
export class LicenceType {
  @Field(() => ID)
  @PrimaryColumn()
  id: string;

  @Field(() => Cadre)
  @Column({ type: 'varchar' })
  cadre: Cadre;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column({ name: 'name_en' })
  nameEn: string;

  @Field(() => Int)
  @Column({ name: 'validity_years' })
  validityYears: number;

  @Field({ description: 'Credit hours needed in one renewal cycle (the licence validity period)' })
  @Column({ name: 'credits_per_cycle', type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: Number } })
  creditsPerCycle: number;

  @Field(() => [TopicMinimum])
  @Column({ name: 'topic_minimums', type: 'jsonb', default: [] })
  topicMinimums: TopicMinimum[];

  @Field(() => [String], { description: 'Curricula required for retraining toward re-licensing' })
  @Column({ name: 'retraining_curricula', type: 'text', array: true, default: '{}' })
  retrainingCurricula: string[];
}
