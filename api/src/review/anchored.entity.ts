import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TextRange } from './review.model';

/** What comments and suggestions share: who wrote it on which revision, and the anchor of the quoted text (see anchor.ts). */
@ObjectType({ isAbstract: true })
export abstract class Anchored {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field({ description: 'The quoted text (the whole block for a comment on a block; empty for a reply)' })
  @Column({ type: 'text', default: '' })
  quote: string;

  @Column({ type: 'text', default: '' })
  prefix: string;

  @Column({ type: 'text', default: '' })
  suffix: string;

  @Column({ name: 'anchor_start', default: 0 })
  anchorStart: number;

  /** Set when read: where the quote is in the revision's current text; null once it was edited away. */
  @Field(() => TextRange, { nullable: true, description: 'Where the quote is now; null if it was edited away (orphaned)' })
  range?: TextRange | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
