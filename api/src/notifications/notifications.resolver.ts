import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/request-context';
import { Notification } from './notification.entity';
import { NotificationsArgs } from './notifications.args';
import { NotificationPage } from './notifications.model';
import { NotificationsService } from './notifications.service';
import { UUID } from '../common/scalars';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Query(() => NotificationPage, { description: 'My notifications, newest first' })
  myNotifications(@Args() args: NotificationsArgs, @CurrentActor() actor: Actor) {
    return this.notifications.list(actor.userId, args.unreadOnly, args);
  }

  @Authenticated()
  @Query(() => Int)
  myUnreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor.userId);
  }

  @Authenticated()
  @Mutation(() => Int, {
    description: 'Marks the given notifications read, or all of mine when no ids are given; returns how many changed',
  })
  markNotificationsRead(@Args('ids', { type: () => [UUID], nullable: true }) ids: string[] | undefined, @CurrentActor() actor: Actor) {
    const { userId } = actor;
    return this.notifications.markRead(userId, ids ?? null);
  }
}
