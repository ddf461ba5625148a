import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  review_assigned = 'review_assigned',
  comment = 'comment',
  suggestion = 'suggestion',
  changes_requested = 'changes_requested',
  approved = 'approved',
  published = 'published',
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

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
