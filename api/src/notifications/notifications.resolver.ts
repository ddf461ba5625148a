import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../common/request-context';
import { Notification } from './notification.entity';
import { NotificationsArgs } from './notifications.args';
import { NotificationPage } from './notifications.model';
import { NotificationsService } from './notifications.service';
import { UUID } from '../common/scalars';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  @Query(() => NotificationPage, { description: 'My notifications, newest first' })
  myNotifications(@Args() args: NotificationsArgs, @CurrentActor() actor?: Actor) {
    return this.notifications.list(this.access.signedIn(actor).userId, args.unreadOnly, args);
  }

  @Query(() => Int)
  myUnreadNotificationCount(@CurrentActor() actor?: Actor) {
    return this.notifications.unreadCount(this.access.signedIn(actor).userId);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications read, or all of mine when no ids are given; returns how many changed' })
  markNotificationsRead(@Args('ids', { type: () => [UUID], nullable: true }) ids: string[] | undefined, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.signedIn(actor);
    return this.notifications.markRead(userId, ids ?? null);
  }
}
