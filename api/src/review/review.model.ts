import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'A range of a revision’s current text (UTF-16 offsets, as JavaScript strings)' })
export class TextRange {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}

export enum DiffOpType {
  equal = 'equal',
  insert = 'insert',
  delete = 'delete',
}
registerEnumType(DiffOpType, { name: 'DiffOp' });

@ObjectType({ description: 'One run of a word-level, Korean-aware diff' })
export class DiffPartType {
  @Field(() => DiffOpType)
  op: DiffOpType;

  @Field()
  text: string;
}

@ObjectType()
export class Approval {
  @Field(() => ID)
  reviewerId: string;

  @Field(() => String, { nullable: true })
  reviewerName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  at: Date | null;
}

@ObjectType({ description: 'One published version of a text, with what changed and who approved it' })
export class PublishedVersion {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field({ description: 'import (from content/) or review (a reviewed revision)' })
  source: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true })
  revisionId: string | null;

  @Field(() => [Approval])
  approvals: Approval[];

  @Field(() => [DiffPartType], { description: 'Against the version before it (empty for the first)' })
  diff: DiffPartType[];
}

@ObjectType()
export class Reviewer {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
