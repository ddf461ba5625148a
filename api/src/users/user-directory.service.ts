import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { NotFoundException } from '../common/domain.exception';
import { oneEach, PerRequest } from '../common/loaders';
import type { PageOf } from '../common/paging/page';
import { offsetPage } from '../common/paging/paging';
import { Region } from '../organisations/region.entity';
import { AccountAccess, inRegionSql } from './account-access';
import { User } from './user.entity';
import type { UsersArgs } from './users.inputs';
import type { UserWorker } from './users.model';

/** Reading accounts: the paged list within the caller's reach, one account, and the worker each belongs to. */
@Injectable()
export class UserDirectoryService {
  // Per request: the worker of each user on a page in one query.
  private readonly workers = new PerRequest(
    () =>
      new DataLoader<string, UserWorker | null>(async (ids) => {
        const rows = await this.db.query<(UserWorker & { userId: string })[]>(
          `SELECT w.user_id AS "userId", w.id, w.name, w.registration_number AS "registrationNumber", f.name AS "facilityName"
             FROM worker w JOIN facility f ON f.id = w.facility_id WHERE w.user_id = ANY($1)`,
          [[...ids]],
        );
        return oneEach(ids, rows, (r) => r.userId).map((r) => r ?? null);
      }),
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountAccess,
  ) {}

  /** By display name, then username. */
  async list(actor: Actor | undefined, args: UsersArgs): Promise<PageOf<User>> {
    const signedIn = this.access.require(actor, { permission: Permission.UsersRead });
    const scopes = this.access.regionScopes(signedIn, Permission.UsersRead);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (scopes) where.push(`(${scopes.map((s) => inRegionSql(param(s))).join(' OR ') || 'FALSE'})`);
    if (args.search?.trim()) {
      const like = param(
        `%${args.search
          .normalize('NFC')
          .trim()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
      where.push(`(u.username ILIKE ${like} OR u.display_name ILIKE ${like})`);
    }
    if (args.role) where.push(`EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = ${param(args.role)})`);
    if (args.active !== undefined && args.active !== null) where.push(`u.is_active = ${param(args.active)}`);
    if (args.regionId) {
      const region = await this.db.getRepository(Region).findOneBy({ id: args.regionId });
      if (!region) throw new NotFoundException({ ko: '지역', en: 'Region' }, args.regionId);
      where.push(inRegionSql(param(region.path)));
    }
    const from = `FROM "user" u ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const count = async () => (await this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params))[0].total;
    return offsetPage(
      args,
      async (limit, offset) => {
        const n = params.length;
        const ids = await this.db.query<{ id: string }[]>(
          `SELECT u.id ${from} ORDER BY u.display_name, u.username LIMIT $${n + 1} OFFSET $${n + 2}`,
          [...params, limit, offset],
        );
        const users = await this.db
          .getRepository(User)
          .find({ where: { id: In(ids.map((r) => r.id)) }, relations: { roleAssignments: { region: true } } });
        return ids.map((r) => users.find((u) => u.id === r.id)!);
      },
      count,
    );
  }

  async get(actor: Actor | undefined, id: string): Promise<User> {
    this.access.require(actor, { permission: Permission.UsersRead });
    const user = await this.find(id);
    await this.accounts.requireReader(actor, user);
    return user;
  }

  /** The user with its role assignments and their regions, or NOT_FOUND. */
  async find(id: string): Promise<User> {
    const user = await this.db.getRepository(User).findOne({ where: { id }, relations: { roleAssignments: { region: true } } });
    if (!user) throw new NotFoundException({ ko: '사용자', en: 'User' }, id);
    return user;
  }

  /** The worker an account belongs to (batched per request). */
  workerOf(req: object, userId: string): Promise<UserWorker | null> {
    return this.workers.for(req).load(userId);
  }
}
