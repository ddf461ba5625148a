import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import type { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { DomainEvents } from '../common/domain-events';
import { manyEach } from '../common/loaders';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { Curriculum } from '../curricula/curriculum.entity';
import type { Cadre } from '../users/cadre.enum';
import { AlreadyAssignedException } from './licensing.exception';
import type { RetrainingProgress } from './licensing.model';
import { PLAN_DONE_SQL, plansProgressSql } from './plan-progress.sql';
import { RetrainingPlan } from './retraining-plan.entity';
import { isoDaysFromToday, today } from '../common/dates';

/** Where a trainee sees her plans, licence and certificates in the web app. */
export const MY_LICENCE_LINK = '/me/licence';

type PlanProgressRow = Record<'courses_total' | 'courses_done' | 'skills_total' | 'skills_passed', string> & {
  id: string;
  done: boolean;
  overdue: boolean;
};

/** Retraining plans: assigned to one worker or to every worker of a cadre in a facility or region. */
@Injectable()
export class RetrainingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  /** Assigns (or re-dates) one worker's plan; assigning it exactly as it stands is refused (ALREADY_ASSIGNED). */
  async assignOne(actorId: string, workerId: string, curriculumId: string, dueOn: string): Promise<number> {
    const changed = await this.assign(actorId, [workerId], curriculumId, dueOn);
    if (changed === 0) throw new AlreadyAssignedException(dueOn);
    return changed;
  }

  /**
   * Assigns (or re-dates) the curriculum to each worker in one transaction, each change audited. Returns the
   * number of plans created or re-dated: a plan already due that day is left alone, so of concurrent equal
   * requests one changes it (the unique (worker, curriculum) index serialises them) and the others change nothing.
   * Each worker with an account is told and enrolled in the curriculum's courses, in the same transaction.
   */
  async assign(actorId: string, workerIds: string[], curriculumId: string, dueOn: string): Promise<number> {
    if (dueOn < today()) throw new BadUserInputException(['dueOn must be a date (YYYY-MM-DD), today or later']);
    const curriculum = await this.db.getRepository(Curriculum).findOneBy({ id: curriculumId });
    if (!curriculum) throw new NotFoundException({ ko: '교육과정', en: 'Curriculum' }, curriculumId);
    if (workerIds.length === 0) return 0;
    return this.db.transaction(async (manager) => {
      const rows: { id: string; worker_id: string }[] = await manager.query(
        `INSERT INTO retraining_plan (worker_id, curriculum_id, due_on, assigned_by)
         SELECT unnest($1::uuid[]), $2, $3, $4
         ON CONFLICT (worker_id, curriculum_id) DO UPDATE SET due_on = EXCLUDED.due_on, assigned_by = EXCLUDED.assigned_by
           WHERE retraining_plan.due_on IS DISTINCT FROM EXCLUDED.due_on
         RETURNING id, worker_id`,
        [workerIds, curriculumId, dueOn, actorId],
      );
      for (const row of rows) {
        await this.audit.record(manager, {
          actorId,
          action: 'retraining.assigned',
          entityType: 'worker',
          entityId: row.worker_id,
          after: { planId: row.id, curriculumId, dueOn },
        });
      }
      const accounts: { user_id: string }[] = rows.length
        ? await manager.query(`SELECT user_id FROM worker WHERE id = ANY($1) AND user_id IS NOT NULL`, [rows.map((r) => r.worker_id)])
        : [];
      const userIds = accounts.map((a) => a.user_id);
      await this.notifications.notify(manager, userIds, {
        kind: NotificationKind.retraining_assigned,
        actorId,
        subject: curriculum.title,
        link: MY_LICENCE_LINK,
      });
      await this.events.emit('retraining.assigned', { manager, userIds, curriculumId });
      return rows.length;
    });
  }

  /** Workers of a cadre in one facility or region, which the actor must hold `permission` in. */
  async workersInScope(
    actor: Actor,
    permission: Permission,
    { facilityId, regionId }: { facilityId?: string; regionId?: string },
    cadre?: Cadre,
  ): Promise<string[]> {
    if (!facilityId === !regionId) throw new BadUserInputException(['give either facilityId or regionId']);
    const [scope]: { path: string }[] = await this.db
      .query(
        facilityId
          ? `SELECT r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.id = $1`
          : `SELECT path FROM region WHERE id = $1`,
        [facilityId ?? regionId],
      )
      .catch(() => []);
    if (!scope)
      throw new NotFoundException({ ko: facilityId ? '병원' : '지역', en: facilityId ? 'Facility' : 'Region' }, (facilityId ?? regionId)!);
    this.access.requireResource(actor, permission, { regionPath: scope.path });
    return this.workersIn(facilityId ? { facilityId } : { regionPath: scope.path }, cadre);
  }

  /** Workers of a cadre in a facility or region (by path prefix), as ids. */
  private async workersIn(scope: { facilityId?: string; regionPath?: string }, cadre?: Cadre): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT w.id FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
       WHERE ($1::uuid IS NULL OR w.facility_id = $1) AND ($2::text IS NULL OR r.path LIKE $2 || '%') AND ($3::varchar IS NULL OR w.cadre = $3)`,
      [scope.facilityId ?? null, scope.regionPath ?? null, cadre ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Each worker's plans, most urgent first: unfinished ones by due date (overdue first), then finished ones; one query for all. */
  async plansOf(workerIds: readonly string[]): Promise<RetrainingPlan[][]> {
    const plans = await this.db
      .getRepository(RetrainingPlan)
      .createQueryBuilder('p')
      .innerJoin('worker', 'w', 'w.id = p.worker_id')
      .where('p.worker_id = ANY(:workerIds)', { workerIds })
      .orderBy(`(${PLAN_DONE_SQL})`, 'ASC')
      .addOrderBy('p.due_on', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return manyEach(workerIds, plans, (p) => p.workerId);
  }

  /** Of each plan, the courses of its curriculum completed, the skills passed, done and overdue (plansProgressSql); one query for all. */
  async progressOf(plans: readonly RetrainingPlan[]): Promise<RetrainingProgress[]> {
    const rows: PlanProgressRow[] = await this.db.query(plansProgressSql('WHERE p.id = ANY($1)', '$2'), [
      plans.map((p) => p.id),
      isoDaysFromToday(0),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return plans.map((plan) => {
      const row = byId.get(plan.id)!;
      const [coursesTotal, coursesCompleted, skillsTotal, skillsPassed] = [
        row.courses_total,
        row.courses_done,
        row.skills_total,
        row.skills_passed,
      ].map(Number);
      return { coursesTotal, coursesCompleted, skillsTotal, skillsPassed, done: row.done, overdue: row.overdue };
    });
  }
}
