import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { User } from '../users/user.entity';
import { Notification, type NotificationKind } from './notification.entity';
import type { PageOf } from '../common/paging/page';
import type { PageArgs } from '../common/paging/page.args';
import { offsetPage } from '../common/paging/paging';

export interface Notice {
  kind: NotificationKind;
  actorId: string | null;
  subject: string;
  link: string;
}

/** In-app notices: written in the transaction of the change they announce, read and marked by their owner. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Notifies each user once (never the actor about their own act). */
  async notify(manager: EntityManager, userIds: string[], notice: Notice): Promise<void> {
    const recipients = [...new Set(userIds)].filter((id) => id !== notice.actorId);
    if (recipients.length === 0) return;
    const actor = notice.actorId
      ? await manager.findOne(User, { where: { id: notice.actorId }, select: { id: true, displayName: true } })
      : null;
    await manager.insert(
      Notification,
      recipients.map((userId) => ({ ...notice, userId, actorName: actor?.displayName ?? null })),
    );
  }

  /**
   * Notices from the system, each created at most once per (user, key) whatever how often it is asked for
   * (the unique index decides, also between concurrent runs). Returns how many were new.
   */
  async notifyOnce(manager: EntityManager, notices: (Omit<Notice, 'actorId'> & { userId: string; dedupeKey: string })[]): Promise<number> {
    let created = 0;
    for (let i = 0; i < notices.length; i += 1000) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(notices.slice(i, i + 1000).map((n) => ({ ...n, actorId: null, actorName: null })))
        .orIgnore()
        .returning('id')
        .execute();
      created += (result.raw as unknown[]).length;
    }
    return created;
  }

  /** Newest first. */
  list(userId: string, unreadOnly: boolean, page: Partial<PageArgs>): PageOf<Notification> {
    const where = { userId, ...(unreadOnly && { readAt: IsNull() }) };
    const repository = this.db.getRepository(Notification);
    return offsetPage(
      page,
      (take, skip) => repository.find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take, skip }),
      () => repository.countBy(where),
    );
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given notices (or all) read; only the owner's own notices are touched. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const result = await this.db
      .getRepository(Notification)
      .update({ userId, readAt: IsNull(), ...(ids && { id: In(ids) }) }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
