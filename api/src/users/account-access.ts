import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { ForbiddenException, NotFoundException } from '../common/domain.exception';
import { Permission } from '../access/permission';
import { Role } from '../access/role.enum';
import type { User } from './user.entity';

export interface LinkableWorker {
  id: string;
  userId: string | null;
  cadre: string;
  regionPath: string;
}

// users sits below licensing and organisations, so it reads their tables (worker → facility → region) in SQL.
const WORKER_REGION = `FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id`;

/**
 * Who may read and change which account, decided through AccessService:
 * - admins (UsersManage) any account;
 * - registrars (UsersAccounts, region-scoped) only accounts that hold no role but trainee and are linked to a
 *   worker posted in their region, so they can never take over a faculty, registrar or admin account;
 * - registrars read (UsersRead) accounts linked to a worker in their region and accounts with a role scoped
 *   inside it (e.g. a county registrar of their province).
 */
@Injectable()
export class AccountAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async requireManager(actor: Actor | undefined, target: User): Promise<Actor> {
    const signedIn = this.access.signedIn(actor);
    if (this.access.can(signedIn, { permission: Permission.UsersManage })) return signedIn;
    const regionPath = await this.workerRegionPath(target.id);
    const traineeOnly = target.roleAssignments.every((a) => a.role === Role.trainee);
    if (!regionPath || !traineeOnly) throw new ForbiddenException();
    return this.access.requireResource(signedIn, Permission.UsersAccounts, { regionPath });
  }

  async requireReader(actor: Actor | undefined, target: User): Promise<Actor> {
    const signedIn = this.access.require(actor, { permission: Permission.UsersRead });
    const scopes = this.access.regionScopes(signedIn, Permission.UsersRead);
    if (scopes === null) return signedIn;
    const paths = [await this.workerRegionPath(target.id), ...target.roleAssignments.map((a) => a.region?.path ?? null)];
    if (!paths.some((path) => path && scopes.some((scope) => path.startsWith(scope)))) throw new ForbiddenException();
    return signedIn;
  }

  /** A worker a new account may be linked to, checked against the actor's right to make accounts there. */
  async requireLinkableWorker(actor: Actor, workerId: string, manager: EntityManager): Promise<LinkableWorker> {
    const [worker] = await manager.query<LinkableWorker[]>(
      `SELECT w.id, w.user_id AS "userId", w.cadre, r.path AS "regionPath" ${WORKER_REGION} WHERE w.id = $1 FOR UPDATE OF w`,
      [workerId],
    );
    if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, workerId);
    this.access.requireResource(actor, Permission.UsersAccounts, { regionPath: worker.regionPath });
    return worker;
  }

  /** `requireLinkableWorker` for many workers at once: one locking query, every worker checked before any change. */
  async requireLinkableWorkers(actor: Actor, workerIds: string[], manager: EntityManager): Promise<Map<string, LinkableWorker>> {
    const rows = await manager.query<LinkableWorker[]>(
      `SELECT w.id, w.user_id AS "userId", w.cadre, r.path AS "regionPath" ${WORKER_REGION} WHERE w.id = ANY($1) ORDER BY w.id FOR UPDATE OF w`,
      [workerIds],
    );
    const workers = new Map(rows.map((row) => [row.id, row]));
    for (const id of workerIds) {
      const worker = workers.get(id);
      if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, id);
      this.access.requireResource(actor, Permission.UsersAccounts, { regionPath: worker.regionPath });
    }
    return workers;
  }

  /** The region path of the worker linked to the user, if any (a user is linked to at most one worker). */
  async workerRegionPath(userId: string): Promise<string | null> {
    const [row] = await this.db.query<{ path: string }[]>(`SELECT r.path ${WORKER_REGION} WHERE w.user_id = $1`, [userId]);
    return row?.path ?? null;
  }
}

/** SQL: the user `u` is linked to a worker in, or holds a role scoped inside, the region path in parameter $n. */
export const inRegionSql = (param: string) =>
  `(EXISTS (SELECT 1 ${WORKER_REGION} WHERE w.user_id = u.id AND r.path LIKE ${param} || '%')` +
  ` OR EXISTS (SELECT 1 FROM role_assignment ra JOIN region r ON r.id = ra.region_id WHERE ra.user_id = u.id AND r.path LIKE ${param} || '%'))`;
