import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { CareLevel } from '../organisations/organisation.enums';
import { Cadre } from '../users/cadre.enum';
import { Topic } from './topic.enum';

/** Columns shared by curricula, courses and lessons: stable id from content/, bilingual titles, targeting. */
@ObjectType({ isAbstract: true })
export abstract class TargetedContent {
  @Field(() => ID)
  @PrimaryColumn()
  id: string;

  @Field({ description: 'Korean title' })
  @Column()
  title: string;

  @Field()
  @Column({ name: 'title_en' })
  titleEn: string;

  @Field(() => String, { nullable: true, description: 'Korean summary' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Field(() => Topic)
  @Column({ type: 'varchar' })
  topic: Topic;

  @Field(() => CareLevel)
  @Column({ name: 'care_level', type: 'varchar' })
  careLevel: CareLevel;

  @Field(() => [Cadre])
  @Column({ type: 'text', array: true })
  cadres: Cadre[];

  @Column()
  position: number;
}
