import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Curriculum } from '../curricula/curriculum.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { plansProgressSql } from './plan-progress.sql';
import { MY_LICENCE_LINK } from './retraining.service';

export const DUE_SOON_DAYS = 30;
/** Licence expiry reminders: 90 days ahead, then 30. */
export const EXPIRY_THRESHOLDS = [90, 30] as const;

interface Due {
  user_id: string;
  key: string;
  subject: string;
}

/**
 * The time-based notices of the daily job: retraining due within 30 days and overdue, licences expiring
 * within 90 and 30 days. Each is created once per plan (or licence), threshold and date (the notification's
 * unique key): running the job again, or twice at once, adds nothing; a re-dated plan or a renewed licence
 * is reminded again.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Creates the notices due today; returns how many were new. */
  async run(): Promise<number> {
    const plans = async (condition: string, threshold: string): Promise<Due[]> => {
      const open: { user_id: string; key: string; curriculum_id: string }[] = await this.db.query(
        `SELECT progress.user_id, '${threshold}:' || progress.id || ':' || progress.due_on AS key, progress.curriculum_id
         FROM (${plansProgressSql(`WHERE w.user_id IS NOT NULL AND ${condition}`, 'CURRENT_DATE')}) progress WHERE NOT progress.done`,
        [DUE_SOON_DAYS],
      );
      const ids = [...new Set(open.map((o) => o.curriculum_id))];
      const titles = new Map(
        (ids.length ? await this.db.getRepository(Curriculum).findBy({ id: In(ids) }) : []).map((c) => [c.id, c.title]),
      );
      return open.map((o) => ({ user_id: o.user_id, key: o.key, subject: titles.get(o.curriculum_id) ?? o.curriculum_id }));
    };
    // Only the nearest threshold: a licence first seen 20 days before expiry gets the 30-day notice alone.
    const licences = (days: number, nearer: number) =>
      this.db.query(
        `SELECT w.user_id, 'licence_expiring_${days}:' || l.id || ':' || l.expires_on AS key, l.number || ' (' || l.expires_on || ')' AS subject
         FROM licence l JOIN worker w ON w.id = l.worker_id
         WHERE w.user_id IS NOT NULL AND l.status = 'active' AND l.expires_on >= CURRENT_DATE
           AND l.expires_on <= CURRENT_DATE + $1::int AND l.expires_on > CURRENT_DATE + $2::int`,
        [days, nearer],
      ) as Promise<Due[]>;
    const batches: [NotificationKind, Due[]][] = [
      [
        NotificationKind.retraining_due_soon,
        await plans(`p.due_on >= CURRENT_DATE AND p.due_on <= CURRENT_DATE + $1::int`, 'retraining_due_soon'),
      ],
      [NotificationKind.retraining_overdue, await plans(`p.due_on < CURRENT_DATE AND $1::int IS NOT NULL`, 'retraining_overdue')],
      ...(await Promise.all(
        EXPIRY_THRESHOLDS.map(
          async (days, i) =>
            [NotificationKind.licence_expiring, await licences(days, EXPIRY_THRESHOLDS[i + 1] ?? -1)] as [NotificationKind, Due[]],
        ),
      )),
    ];
    let created = 0;
    for (const [kind, due] of batches) {
      created += await this.notifications.notifyOnce(
        this.db.manager,
        due.map((d) => ({ userId: d.user_id, kind, subject: d.subject, link: MY_LICENCE_LINK, dedupeKey: d.key })),
      );
    }
    return created;
  }
}
