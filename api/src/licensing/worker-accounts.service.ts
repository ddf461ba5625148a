import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { NotFoundException } from '../common/domain.exception';
import { Role } from '../access/role.enum';
import { AccountNotLinkableException, UserAlreadyLinkedException, WorkerAlreadyLinkedException } from './licensing.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { Worker } from './worker.entity';

/** The partial unique index on worker.user_id (AddLicensing migration): one worker per user account. */
export const WORKER_USER_INDEX = 'IDX_7f55e621d3ca9ed4ba5ea6122e';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Links user accounts to workers. An administrator (who manages users) may link any account; a registrar only
 * a trainee account (or one with no role) whose regions, if any, lie in theirs. Never an account that is
 * already linked, nor a worker that already has one.
 */
@Injectable()
export class WorkerAccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Inside the caller's transaction: refuses an account the actor may not link or that is linked already. */
  async assertLinkable(manager: EntityManager, actor: Actor, userId: string): Promise<void> {
    const roles: { role: Role | null; path: string | null }[] = UUID.test(userId)
      ? await manager.query(
          `SELECT ra.role, r.path FROM "user" u LEFT JOIN role_assignment ra ON ra.user_id = u.id LEFT JOIN region r ON r.id = ra.region_id WHERE u.id = $1`,
          [userId],
        )
      : [];
    if (roles.length === 0) throw new NotFoundException({ ko: '사용자', en: 'User' }, userId);
    if (!this.access.can(actor, { permission: Permission.UsersManage })) {
      const trainee = (r: { role: Role | null; path: string | null }) =>
        r.role === null ||
        (r.role === Role.trainee &&
          (r.path === null || this.access.can(actor, { permission: Permission.LicencesManage, regionPath: r.path })));
      if (!roles.every(trainee)) throw new AccountNotLinkableException();
    }
    if (await manager.existsBy(Worker, { userId })) throw new UserAlreadyLinkedException(userId);
  }

  /** Links the account to a worker the actor may manage (checked by the caller); audited. */
  async link(actor: Actor, workerId: string, userId: string): Promise<Worker> {
    return this.db
      .transaction(async (manager) => {
        // Locked, so two links to one worker apply one after the other and the second sees the first.
        const worker = await manager.findOne(Worker, { where: { id: workerId }, lock: { mode: 'pessimistic_write' } });
        if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, workerId);
        if (worker.userId) throw new WorkerAlreadyLinkedException(workerId);
        await this.assertLinkable(manager, actor, userId);
        await manager.update(Worker, { id: workerId }, { userId });
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'worker.account_linked',
          entityType: 'worker',
          entityId: workerId,
          before: { userId: null },
          after: { userId },
        });
        return { ...worker, userId };
      })
      .catch((error: unknown) => {
        // One account linked to two workers at once: the unique index keeps one.
        throw isUniqueViolation(error, WORKER_USER_INDEX) ? new UserAlreadyLinkedException(userId) : error;
      });
  }
}
