import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Course } from './course.entity';

// The domain word is "Module" (schema type and table); the class is CourseModule so it never shadows
// NestJS's @Module decorator.
@ObjectType('Module')
@Entity('course_module')
export class CourseModule {
  @Field(() => ID)
  @PrimaryColumn()
  id: string;

  @Index()
  @Column({ name: 'course_id' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course: Relation<Course>;

  @Field(() => Int)
  @Column()
  position: number;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ name: 'title_en' })
  titleEn: string;
}
