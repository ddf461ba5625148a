import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Reference } from '../curricula/lesson.entity';

/**
 * A section of a textbook. A lesson section (lessonId set) takes its title and text from the lesson, so the
 * online lesson and the printed chapter never diverge; a written section keeps its own text here.
 */
@Entity('textbook_section')
export class TextbookSection {
  /** The section id from content/, or the lesson id for a lesson section (unique within a textbook). */
  @PrimaryColumn()
  id: string;

  @PrimaryColumn({ name: 'textbook_id' })
  textbookId: string;

  @Index()
  @Column({ name: 'chapter_id' })
  chapterId: string;

  @Column()
  position: number;

  @Index()
  @Column({ name: 'lesson_id', type: 'varchar', nullable: true })
  lessonId: string | null;

  @Column({ type: 'varchar', nullable: true })
  title: string | null;

  @Column({ name: 'title_en', type: 'varchar', nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'jsonb', default: [] })
  references: Reference[];

  @Column({ name: 'review_by', type: 'date', nullable: true })
  reviewBy: string | null;

  @Column({ default: 1 })
  version: number;
}
