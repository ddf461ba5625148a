import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import { VersionedKind } from '../publishing/content-version.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { enrolIn } from './enrolments.service';

/** What learning does when other domains announce something, in the announcing transaction. */
@Injectable()
export class LearningEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit() {
    // A new version of a lesson: whoever completed it hears of it (the text they learned has changed).
    this.events.on('content.published', async ({ manager, kind, contentId, title, actorId }) => {
      if (kind !== VersionedKind.lesson) return;
      const rows: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM lesson_progress WHERE lesson_id = $1 AND completed_at IS NOT NULL`,
        [contentId],
      );
      await this.notifications.notify(
        manager,
        rows.map((r) => r.user_id),
        { kind: NotificationKind.lesson_updated, actorId, subject: title, link: `/lessons/${contentId}` },
      );
    });
    // A retraining plan enrols its worker in the curriculum's courses.
    this.events.on('retraining.assigned', async ({ manager, userIds, curriculumId }) => {
      const courses: { id: string }[] = await manager.query(`SELECT id FROM course WHERE curriculum_id = $1`, [curriculumId]);
      await enrolIn(
        manager,
        userIds,
        courses.map((c) => c.id),
      );
    });
  }
}
