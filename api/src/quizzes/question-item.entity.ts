import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type QuestionItemType = 'single' | 'multiple' | 'true_false' | 'case';

/** The answer key lives in `correct`, a column no query for trainees ever selects before submission. */
@Entity('question_item')
export class QuestionItem {
  @PrimaryColumn()
  id: string;

  @Index()
  @Column({ name: 'quiz_id' })
  quizId: string;

  @Column()
  position: number;

  @Column({ type: 'varchar' })
  type: QuestionItemType;

  /** 1-based index into the lesson's objectives. */
  @Column()
  objective: number;

  @Column({ type: 'text' })
  stem: string;

  @Column({ name: 'case_text', type: 'text', nullable: true })
  caseText: string | null;

  /** Options as shown (id and text), without correctness; empty for true/false. */
  @Column({ type: 'jsonb' })
  options: { id: string; text: string }[];

  /** Correct option ids, or `['true']` / `['false']` for a true/false item. */
  @Column({ type: 'jsonb' })
  correct: string[];

  @Column({ type: 'text' })
  explanation: string;

  /** The published version: each reviewed revision or changed import is the next one (see content_version). */
  @Column({ default: 1 })
  version: number;
}
