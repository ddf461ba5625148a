import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One attempt at a quiz: the order it was shown in, the answers given, and the score computed on the server. */
@Entity('quiz_attempt')
@Index(['userId', 'quizId', 'number'], { unique: true })
// An attempt taken offline is sent until the server confirms it: its client id makes a re-send score nothing twice.
@Index('IDX_quiz_attempt_client', ['userId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index()
  @Column({ name: 'quiz_id' })
  quizId: string;

  @Column()
  number: number;

  /** Item ids in the order shown, each with its options' ids in the order shown. */
  @Column({ type: 'jsonb' })
  layout: { itemId: string; optionIds: string[] }[];

  /** Chosen option ids per item id, once submitted. */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, string[]> | null;

  /** Item ids answered correctly, once submitted. */
  @Column({ type: 'jsonb', nullable: true })
  correct: string[] | null;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Set for an attempt answered offline: the id the browser gave it, and when it was answered there. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
