import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { CourseModule } from './course-module.entity';
import { TargetedContent } from './targeted-content';

@ObjectType()
export class Reference {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => String, { nullable: true })
  url?: string;
}

@ObjectType()
@Entity('lesson')
export class Lesson extends TargetedContent {
  @Index()
  @Column({ name: 'module_id' })
  moduleId: string;

  @ManyToOne(() => CourseModule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module: Relation<CourseModule>;

  /** Denormalised from the module so a course's lessons are one indexed query. */
  @Index()
  @Column({ name: 'course_id' })
  courseId: string;

  @Field({ description: 'Korean Markdown body; rendered sanitised by clients' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  objectives: string[];

  @Field(() => [Reference])
  @Column({ type: 'jsonb' })
  references: Reference[];

  @Field(() => String, { nullable: true, description: 'ISO date by which the lesson must be re-checked' })
  @Column({ name: 'review_by', type: 'date', nullable: true })
  reviewBy: string | null;

  @Field(() => Int, { description: 'Published version number; every change that is published adds one' })
  @Column({ default: 1 })
  version: number;

  @Field(() => Float)
  @Column({ name: 'credit_hours', type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: Number } })
  creditHours: number;
}
