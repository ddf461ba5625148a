import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { Anchored } from './anchored.entity';

/** A comment on a quoted range of a revision (a thread's first comment) or a reply in a thread. */
@ObjectType()
@Entity('review_comment')
@Index(['revisionId', 'createdAt'])
export class ReviewComment extends Anchored {
  @Field(() => ID, { nullable: true, description: 'The thread this replies to' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;
}
