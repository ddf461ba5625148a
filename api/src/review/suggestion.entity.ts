import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { Anchored } from './anchored.entity';

export enum SuggestionStatus {
  pending = 'pending',
  accepted = 'accepted',
  rejected = 'rejected',
}
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

/** A reviewer's replacement text for a quoted range, which the author accepts or rejects in one click. */
@ObjectType()
@Entity('suggestion')
@Index(['revisionId', 'status'])
export class Suggestion extends Anchored {
  @Field()
  @Column({ type: 'text' })
  replacement: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => SuggestionStatus)
  @Column({ type: 'varchar', default: SuggestionStatus.pending })
  status: SuggestionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
