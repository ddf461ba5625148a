import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A quiz of a course, testing one lesson's objectives; scored on the server by the learning domain. */
@ObjectType()
@Entity('quiz')
export class Quiz {
  @Field(() => ID)
  @PrimaryColumn()
  id: string;

  @Index()
  @Column({ name: 'course_id' })
  courseId: string;

  @Index()
  @Column({ name: 'lesson_id' })
  lessonId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ name: 'title_en' })
  titleEn: string;

  @Field(() => Int, { description: 'Percent of items to answer correctly to pass' })
  @Column({ name: 'pass_mark' })
  passMark: number;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'max_attempts', type: 'int', nullable: true })
  maxAttempts: number | null;

  @Field(() => Int, { nullable: true, description: 'Wait after a failed attempt' })
  @Column({ name: 'cooldown_minutes', type: 'int', nullable: true })
  cooldownMinutes: number | null;

  @Column()
  position: number;
}
