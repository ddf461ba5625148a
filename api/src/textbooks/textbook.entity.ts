import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TargetedContent } from '../curricula/targeted-content';
import { TextbookGlossaryEntry } from './textbook-apparatus.model';

@ObjectType({ description: 'A printable book made of chapters and sections, many of them lessons.' })
@Entity('textbook')
export class Textbook extends TargetedContent {
  @Field(() => Int, { description: 'Edition number printed in the edition stamp' })
  @Column()
  edition: number;

  @Field(() => Int, { description: 'Increases whenever anything in the book changes' })
  @Column({ default: 1 })
  version: number;

  @Field({ description: 'Korean Markdown preface' })
  @Column({ type: 'text', default: '' })
  preface: string;

  /** Terms of the book's index, as content/ lists them; their pages and sections are found in the text. */
  @Column({ name: 'index_terms', type: 'jsonb', default: [] })
  indexTerms: string[];

  /**
   * The glossary terms that occur in the book (North and South term, English, INN), chosen by the content
   * importer from content/glossary when it imports the book.
   */
  @Field(() => [TextbookGlossaryEntry], { description: 'Glossary annex: the glossary terms that occur in the book' })
  @Column({ name: 'glossary_annex', type: 'jsonb', default: [] })
  glossaryAnnex: TextbookGlossaryEntry[];

  /** Hash of everything printed in the book, to tell whether an import changed it. */
  @Column({ name: 'content_hash' })
  contentHash: string;

  @Field({ description: 'Review status printed in the edition stamp' })
  @Column({ name: 'review_status', default: 'unreviewed' })
  reviewStatus: string;

  @Field(() => GraphQLISODateTime, { description: 'When the content last changed' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
