import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Curriculum } from './curriculum.entity';
import { TargetedContent } from './targeted-content';

@ObjectType()
@Entity('course')
export class Course extends TargetedContent {
  @Index()
  @Column({ name: 'curriculum_id' })
  curriculumId: string;

  @ManyToOne(() => Curriculum, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curriculum_id' })
  curriculum: Relation<Curriculum>;

  @Field(() => Float)
  @Column({ name: 'credit_hours', type: 'numeric', precision: 6, scale: 2, transformer: { to: (v) => v, from: Number } })
  creditHours: number;

  @Field({ description: 'Korean Markdown description' })
  @Column({ type: 'text', default: '' })
  description: string;
}
