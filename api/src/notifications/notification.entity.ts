import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  review_assigned = 'review_assigned',
  comment = 'comment',
  suggestion = 'suggestion',
  changes_requested = 'changes_requested',
  approved = 'approved',
  published = 'published',
  // A trainee's: her retraining, licence, lessons and certificates.
  retraining_assigned = 'retraining_assigned',
  retraining_due_soon = 'retraining_due_soon',
  retraining_overdue = 'retraining_overdue',
  licence_expiring = 'licence_expiring',
  lesson_updated = 'lesson_updated',
  certificate_issued = 'certificate_issued',
  quiz_scored = 'quiz_scored',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * An in-app notice (there is no e-mail where Dari runs). It names what happened and to what; the web app
 * words it in the reader's language.
 */
@ObjectType()
@Entity('notification')
@Index(['userId', 'createdAt'])
@Index('notification_once', ['userId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar' })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'Who caused it (none for the system)' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s display name' })
  @Column({ name: 'actor_name', type: 'varchar', nullable: true })
  actorName: string | null;

  @Field({ description: 'What it is about, e.g. the revised lesson’s title' })
  @Column()
  subject: string;

  @Field({ description: 'Where to go: a path in the web app' })
  @Column()
  link: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Reminders are created once per key (e.g. one plan's 30-day reminder for one due date); null: always. */
  @Column({ name: 'dedupe_key', type: 'varchar', nullable: true })
  dedupeKey?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
