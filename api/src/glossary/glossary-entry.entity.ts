import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** How the North Korean term relates to the South Korean one (the same words as content/glossary/*.tsv). */
export enum GlossaryRelation {
  different = 'different',
  /** The same word exists in both, with different meanings (연고 / 고약). */
  false_friend = 'false_friend',
  /** The North uses a loanword (often Russian or German) where the South does not (차트 / 깔따). */
  nk_loanword = 'nk_loanword',
}
registerEnumType(GlossaryRelation, { name: 'GlossaryRelation' });

/**
 * `attested`: a published source gives the North Korean term; `proposed`: unattested until faculty decide;
 * `confirmed`: North Korean faculty confirmed it; `rejected`: faculty rejected it (kept for the record, never
 * matched). Confirmed and rejected are faculty decisions: no import overwrites them.
 */
export enum GlossaryStatus {
  attested = 'attested',
  proposed = 'proposed',
  confirmed = 'confirmed',
  rejected = 'rejected',
}
registerEnumType(GlossaryStatus, { name: 'GlossaryStatus' });

export const DECIDED_STATUSES: readonly GlossaryStatus[] = [GlossaryStatus.confirmed, GlossaryStatus.rejected];

@ObjectType({ description: 'A South Korean term and the North Korean term to use instead' })
@Entity('glossary_entry')
@Unique('UQ_glossary_entry_terms', ['southTerm', 'northTerm'])
export class GlossaryEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'south_term' })
  southTerm: string;

  @Field()
  @Column({ name: 'north_term' })
  northTerm: string;

  @Field(() => GlossaryRelation)
  @Column({ type: 'varchar' })
  relation: GlossaryRelation;

  @Field({ description: 'Subject area, e.g. psychiatry, obstetrics' })
  @Column({ default: '' })
  domain: string;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field({ description: 'Where the North Korean term is attested (URL or citation); may be empty for proposals' })
  @Column({ type: 'text', default: '' })
  source: string;

  @Field(() => GlossaryStatus)
  @Index()
  @Column({ type: 'varchar' })
  status: GlossaryStatus;

  @Field(() => ID, { nullable: true, description: 'Who proposed it (null for imported entries)' })
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Field(() => ID, { nullable: true, description: 'The faculty member who confirmed or rejected it' })
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was confirmed or rejected' })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
