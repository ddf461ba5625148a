import { ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TargetedContent } from './targeted-content';

@ObjectType()
@Entity('curriculum')
export class Curriculum extends TargetedContent {
  /** Korean Markdown description. */
  @Column({ type: 'text', default: '' })
  description: string;
}
