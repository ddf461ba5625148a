import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a version belongs to: a lesson, a section written for a textbook, or a question item. */
export enum VersionedKind {
  lesson = 'lesson',
  textbookSection = 'textbook_section',
  /** A question item; its text is the item as YAML, as written in a content/ quiz file. */
  questionItem = 'question_item',
}

/**
 * One immutable version of a lesson's or textbook section's text. The lesson/section row holds the published
 * version that trainees read; this table keeps every earlier one (imports now, reviewed revisions later).
 */
@Entity('content_version')
@Index(['kind', 'contentId', 'version'], { unique: true })
export class ContentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  kind: VersionedKind;

  @Column({ name: 'content_id' })
  contentId: string;

  @Column()
  version: number;

  @Column()
  title: string;

  @Column({ name: 'title_en' })
  titleEn: string;

  @Column({ type: 'text' })
  body: string;

  /** Everything else that was versioned with the text (objectives, references, review-by date). */
  @Column({ type: 'jsonb', default: {} })
  meta: Record<string, unknown>;

  /** `import` for content/ files; later, editors' revisions. */
  @Column({ type: 'varchar', default: 'import' })
  source: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
