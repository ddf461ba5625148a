import { ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TargetedContent } from './targeted-content';

@ObjectType()
@Entity('curriculum')
export class Curriculum extends TargetedContent {
  /** Korean Markdown description. */
  @Column({ type: 'text', default: '' })
  description: string;

  /** Skills checklists that count toward the curriculum alongside its courses (content: `checklists`). */
  @Column({ name: 'checklist_ids', type: 'text', array: true, default: '{}' })
  checklistIds: string[];
}
