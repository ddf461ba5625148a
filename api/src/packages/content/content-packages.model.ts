import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiffPartType } from '../../review/review.model';

export enum PackageChangeStatus {
  added = 'added',
  changed = 'changed',
  conflict = 'conflict',
}
registerEnumType(PackageChangeStatus, { name: 'PackageChangeStatus' });

@ObjectType({ description: 'How many rows of one type a content package adds, changes, leaves as they are, or would overwrite' })
export class PackageTypeCount {
  @Field({ description: 'curriculum, course, module, lesson, quiz, item, textbook, chapter, section, checklist, glossary, figure' })
  type: string;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Texts edited here since the version the package shares with this server' })
  conflicts: number;
}

@ObjectType({ description: 'One row a content package adds or changes, or a local edit it would overwrite' })
export class PackageChange {
  @Field({ description: '`<type>:<id>`: what applyContentPackage takes in `take`' })
  key: string;

  @Field()
  type: string;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => PackageChangeStatus)
  status: PackageChangeStatus;

  @Field(() => [DiffPartType], { description: 'Word diff from this server’s text to the package’s' })
  diff: DiffPartType[];

  @Field(() => Boolean, { nullable: true, description: 'For a conflict: whether the package’s text was (or is to be) taken' })
  taken: boolean | null;
}

@ObjectType({ description: 'What a content package holds and what importing it does (or did)' })
export class ContentPackageReport {
  @Field(() => ID)
  packageId: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'The exporting server’s address' })
  sourceUrl: string;

  @Field(() => ID)
  sourceInstallId: string;

  @Field({ description: 'The key that signed it (did:key)' })
  sourceKeyId: string;

  @Field(() => ID, { nullable: true, description: 'The curriculum exported, or null for all published content' })
  curriculumId: string | null;

  @Field()
  applied: boolean;

  @Field(() => [PackageTypeCount])
  counts: PackageTypeCount[];

  @Field(() => [PackageChange])
  changes: PackageChange[];
}
