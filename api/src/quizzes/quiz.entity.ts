import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A quiz of a course, testing one lesson's objectives; scored on the server by the learning domain. */
@Entity('quiz')
export class Quiz {
  @PrimaryColumn()
  id: string;

  @Index()
  @Column({ name: 'course_id' })
  courseId: string;

  @Index()
  @Column({ name: 'lesson_id' })
  lessonId: string;

  @Column()
  title: string;

  @Column({ name: 'title_en' })
  titleEn: string;

  /** Percent of items to answer correctly. */
  @Column({ name: 'pass_mark' })
  passMark: number;

  @Column({ name: 'max_attempts', type: 'int', nullable: true })
  maxAttempts: number | null;

  @Column({ name: 'cooldown_minutes', type: 'int', nullable: true })
  cooldownMinutes: number | null;

  @Column()
  position: number;
}
