import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, ForbiddenException, NotFoundException } from '../common/domain.exception';
import { Region } from '../organisations/region.entity';
import { AccountAccess } from './account-access';
import { assertAcceptablePassword } from './passwords/password-policy';
import { Role } from '../access/role.enum';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { UserDirectoryService } from './user-directory.service';
import { CannotDeactivateSelfException, LastAdminException, WorkerHasAccountException } from './users.exception';
import type { CreateUserInput, RoleAssignmentInput, UpdateUserInput } from './users.inputs';
import { UsersService } from './users.service';

/** Changing accounts: each change and its audit event in one transaction (access rules: AccountAccess). */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountAccess,
    private readonly directory: UserDirectoryService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Admins create any account; registrars only a trainee account for a worker in their region (workerId
   * required), which links the worker. The initial password must be changed at first sign-in.
   */
  async create(actor: Actor | undefined, input: CreateUserInput): Promise<User> {
    const signedIn = this.access.signedIn(actor);
    const isAdmin = this.access.can(signedIn, { permission: Permission.UsersManage });
    if (!isAdmin) {
      const traineeOnly = input.roles.every((r) => r.role === Role.trainee && !r.regionId);
      if (!traineeOnly || !input.workerId) throw new ForbiddenException();
      this.access.require(signedIn, { permission: Permission.UsersAccounts });
    }
    assertAcceptablePassword(input.password, input.username);
    const passwordHash = await this.users.hashPassword(input.password);
    const user = await this.db.transaction(async (manager) => {
      const worker = input.workerId ? await this.accounts.requireLinkableWorker(signedIn, input.workerId, manager) : null;
      if (worker?.userId) throw new WorkerHasAccountException();
      const roles = await this.resolveRoles(manager, input.roles);
      const created = await this.users.insert(
        manager,
        {
          username: input.username,
          passwordHash,
          displayName: input.displayName.trim(),
          locale: input.locale,
          cadre: input.cadre ?? (worker?.cadre as User['cadre']) ?? null,
          mustChangePassword: true,
        },
        roles,
        signedIn.userId,
      );
      if (worker) await manager.query(`UPDATE worker SET user_id = $1 WHERE id = $2`, [created.id, worker.id]);
      await this.record(manager, signedIn, 'user.created', created.id, {
        after: {
          username: created.username,
          displayName: created.displayName,
          cadre: created.cadre,
          locale: created.locale,
          roles: input.roles,
          workerId: worker?.id ?? null,
        },
      });
      return created;
    });
    return this.directory.find(user.id);
  }

  async update(actor: Actor | undefined, id: string, input: UpdateUserInput): Promise<User> {
    const target = await this.directory.find(id);
    const signedIn = await this.accounts.requireManager(actor, target);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<User>;
    if (changes.displayName) changes.displayName = changes.displayName.trim();
    const keys = Object.keys(changes) as (keyof User)[];
    if (keys.length) {
      await this.db.transaction(async (manager) => {
        await manager.update(User, id, changes);
        await this.record(manager, signedIn, 'user.updated', id, {
          before: Object.fromEntries(keys.map((k) => [k, target[k]])),
          after: changes,
        });
      });
    }
    return this.directory.find(id);
  }

  /** Replaces the user's role assignments (admins only); never leaves the install without an active admin. */
  async setRoles(actor: Actor | undefined, id: string, roles: RoleAssignmentInput[]): Promise<User> {
    const signedIn = this.access.require(actor, { permission: Permission.UsersManage });
    if (!roles.length) throw new BadUserInputException(['roles: at least one role / 역할을 하나 이상 주어야 합니다']);
    await this.db.transaction(async (manager) => {
      const target = await this.lockUser(manager, id);
      const before = target.roleAssignments.map((a) => ({ role: a.role, regionId: a.regionId }));
      const resolved = await this.resolveRoles(manager, roles);
      // The same roles again (a re-sent or double-clicked request) change nothing and record nothing.
      const key = (list: { role: string; regionId: string | null }[]) =>
        list
          .map((r) => `${r.role}@${r.regionId ?? ''}`)
          .sort()
          .join(',');
      if (key(before) === key(resolved.map((r) => ({ role: r.role, regionId: r.region?.id ?? null })))) return;
      if (target.roles.includes(Role.admin) && !roles.some((r) => r.role === Role.admin)) await this.assertAnotherAdmin(manager, id);
      await manager.delete(RoleAssignment, { userId: id });
      for (const { role, region } of resolved) await this.users.assignRole(manager, id, role, region, signedIn.userId);
      await this.record(manager, signedIn, 'user.roles_changed', id, {
        before: { roles: before },
        after: { roles: resolved.map((r) => ({ role: r.role, regionId: r.region?.id ?? null })) },
      });
    });
    return this.directory.find(id);
  }

  /** Ends the user's sessions in the same transaction, so their token is refused on the next request. */
  async deactivate(actor: Actor | undefined, id: string): Promise<User> {
    const signedIn = await this.accounts.requireManager(actor, await this.directory.find(id));
    if (signedIn.userId === id) throw new CannotDeactivateSelfException();
    await this.db.transaction(async (manager) => {
      const target = await this.lockUser(manager, id);
      if (!target.isActive) return;
      if (target.roles.includes(Role.admin)) await this.assertAnotherAdmin(manager, id);
      await manager.update(User, id, { isActive: false });
      // Sessions belong to auth, which sits above users: its table is cleared here by name.
      await manager.query(`DELETE FROM session WHERE user_id = $1`, [id]);
      await this.record(manager, signedIn, 'user.deactivated', id, { before: { active: true }, after: { active: false } });
    });
    return this.directory.find(id);
  }

  async reactivate(actor: Actor | undefined, id: string): Promise<User> {
    const signedIn = await this.accounts.requireManager(actor, await this.directory.find(id));
    await this.db.transaction(async (manager) => {
      const target = await this.lockUser(manager, id);
      if (target.isActive) return;
      await manager.update(User, id, { isActive: true });
      await this.record(manager, signedIn, 'user.reactivated', id, { before: { active: false }, after: { active: true } });
    });
    return this.directory.find(id);
  }

  private async lockUser(manager: EntityManager, id: string): Promise<User> {
    await manager.query(`SELECT id FROM "user" WHERE id = $1 FOR UPDATE`, [id]);
    const user = await manager.getRepository(User).findOne({ where: { id }, relations: { roleAssignments: true } });
    if (!user) throw new NotFoundException({ ko: '사용자', en: 'User' }, id);
    return user;
  }

  /** Locks every active admin so two admins removing each other cannot both succeed. */
  private async assertAnotherAdmin(manager: EntityManager, exceptId: string) {
    const admins = await manager.query<{ id: string }[]>(
      `SELECT u.id FROM "user" u WHERE u.is_active AND EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = 'admin') ORDER BY u.id FOR UPDATE`,
    );
    if (!admins.some((a) => a.id !== exceptId)) throw new LastAdminException();
  }

  private async resolveRoles(manager: EntityManager, roles: RoleAssignmentInput[]): Promise<{ role: Role; region: Region | null }[]> {
    const ids = [...new Set(roles.flatMap((r) => (r.regionId ? [r.regionId] : [])))];
    const regions = ids.length ? await manager.findBy(Region, { id: In(ids) }) : [];
    const seen = new Set<string>();
    return roles.map(({ role, regionId }) => {
      const key = `${role}|${regionId ?? ''}`;
      if (seen.has(key)) throw new BadUserInputException([`roles: ${role} twice / 같은 역할이 두번 있습니다`]);
      seen.add(key);
      const region = regionId ? regions.find((r) => r.id === regionId) : null;
      if (region === undefined) throw new NotFoundException({ ko: '지역', en: 'Region' }, regionId!);
      return { role, region };
    });
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    userId: string,
    change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ) {
    return this.audit.record(manager, { actorId: actor.userId, action, entityType: 'user', entityId: userId, ...change });
  }
}
