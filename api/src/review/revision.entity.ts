import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { VersionedKind } from '../publishing/content-version.entity';

export enum RevisionStatus {
  draft = 'draft',
  in_review = 'in_review',
  changes_requested = 'changes_requested',
  approved = 'approved',
  published = 'published',
  withdrawn = 'withdrawn',
}
registerEnumType(RevisionStatus, { name: 'RevisionStatus' });
registerEnumType(VersionedKind, {
  name: 'VersionedKind',
  description: 'What a revision changes: a lesson, a textbook section written for the book, or a question item (its YAML)',
});

/** The statuses in which the author may still edit the text. */
export const EDITABLE: RevisionStatus[] = [RevisionStatus.draft, RevisionStatus.changes_requested];
/** The statuses of a revision still on its way to publication (one per author and content at a time). */
export const OPEN: RevisionStatus[] = [
  RevisionStatus.draft,
  RevisionStatus.in_review,
  RevisionStatus.changes_requested,
  RevisionStatus.approved,
];

/** A term a reviewer let stand, with the reason, so the terminology check no longer blocks publishing. */
@ObjectType()
export class AcceptedTerm {
  @Field()
  southTerm: string;

  @Field()
  reason: string;

  @Field(() => ID)
  reviewerId: string;

  @Field()
  at: string;
}

/** An author's proposed change to one published text, from draft to review to publication. */
@ObjectType()
@Entity('revision')
@Index(['kind', 'contentId'])
@Index(['authorId', 'status'])
// One open revision per author and text: two "start" requests at once (a double click) find the same draft.
@Index('IDX_revision_open_per_author', ['kind', 'contentId', 'authorId'], {
  unique: true,
  where: `"status" IN ('draft', 'in_review', 'changes_requested', 'approved')`,
})
export class Revision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => VersionedKind)
  @Column({ type: 'varchar' })
  kind: VersionedKind;

  @Field(() => ID)
  @Column({ name: 'content_id' })
  contentId: string;

  @Field(() => Int, { description: 'The published version this revision was started from' })
  @Column({ name: 'base_version' })
  baseVersion: number;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => RevisionStatus)
  @Column({ type: 'varchar', default: RevisionStatus.draft })
  status: RevisionStatus;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => Int, { description: 'Saves so far; a save names the count it was based on, so no edit is lost silently' })
  @Column({ default: 0 })
  saves: number;

  @Field(() => [AcceptedTerm])
  @Column({ name: 'accepted_terms', type: 'jsonb', default: [] })
  acceptedTerms: AcceptedTerm[];

  @Field(() => Int, { nullable: true, description: 'The version it became when published' })
  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
