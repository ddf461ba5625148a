import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/unique-violation';
import { Region } from '../organisations/region.entity';
import { Cadre } from './cadre.enum';
import { Role } from '../access/role.enum';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { UsernameTakenException } from './users.exception';
import { normaliseUsername } from './username';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  locale?: string;
  cadre?: Cadre;
  roles: { role: Role; regionCode?: string }[];
}

export interface UserRecord {
  username: string;
  passwordHash: string;
  displayName: string;
  locale: string;
  cadre: Cadre | null;
  mustChangePassword: boolean;
}

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, yet cheap enough for old LAN servers.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
// Machine-made one-time passwords carry ~59 random bits, so guessing them offline is hopeless at any cost: a light
// setting lets 500 accounts be made in seconds. A password people choose always gets HASH_OPTIONS.
const GENERATED_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 } as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), HASH_OPTIONS);
  }

  /** For random one-time passwords the server generated (never for one a person chose). */
  hashGeneratedPassword(password: string): Promise<string> {
    return argon2.hash(password, GENERATED_HASH_OPTIONS);
  }

  verifyPassword(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password.normalize('NFC'));
  }

  findByUsername(username: string): Promise<User | null> {
    return this.db.getRepository(User).findOne({ where: { username: normaliseUsername(username) } });
  }

  findWithRoles(id: string, manager: EntityManager = this.db.manager): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { id }, relations: { roleAssignments: { region: true } } });
  }

  /**
   * Creates a user and its role assignments in one transaction; each assignment is audited. For installs and
   * demo data (create-admin, seeds): accounts made through the API go through UserAdminService.
   */
  /** Everyone who holds the role (anywhere), by display name: e.g. the reviewers an author may ask. */
  async withRole(role: Role): Promise<Pick<User, 'id' | 'displayName'>[]> {
    const assignments = await this.db.getRepository(RoleAssignment).find({ where: { role }, select: { userId: true } });
    return this.db.getRepository(User).find({
      where: { id: In(assignments.map((a) => a.userId)) },
      select: { id: true, displayName: true },
      order: { displayName: 'ASC' },
    });
  }

  async create(input: NewUser, actorId: string | null = null): Promise<User> {
    const passwordHash = await this.hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      const regions = await Promise.all(
        input.roles.map((r) => (r.regionCode ? manager.findOneByOrFail(Region, { code: r.regionCode }) : null)),
      );
      return this.insert(
        manager,
        {
          username: input.username,
          passwordHash,
          displayName: input.displayName,
          locale: input.locale ?? 'ko',
          cadre: input.cadre ?? null,
          mustChangePassword: false,
        },
        input.roles.map((r, i) => ({ role: r.role, region: regions[i] })),
        actorId,
      );
    });
  }

  /** Inserts a user (username normalised; USERNAME_TAKEN if used) and its audited role assignments, in the caller's transaction. */
  async insert(
    manager: EntityManager,
    record: UserRecord,
    roles: { role: Role; region: Region | null }[],
    actorId: string | null,
  ): Promise<User> {
    const username = normaliseUsername(record.username);
    if (await manager.existsBy(User, { username })) throw new UsernameTakenException(username);
    // Checked above, but a concurrent request may insert the same name between the check and this insert.
    const user = await manager.save(User, { ...record, username }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new UsernameTakenException(username) : error;
    });
    for (const { role, region } of roles) await this.assignRole(manager, user.id, role, region, actorId);
    return user;
  }

  /** Active accounts with their password hashes, for checking them against a known password. */
  activeAccounts(): Promise<Pick<User, 'id' | 'username' | 'passwordHash'>[]> {
    return this.db
      .getRepository(User)
      .find({ select: { id: true, username: true, passwordHash: true }, where: { isActive: true }, order: { username: 'ASC' } });
  }

  /** Disables an account inside the caller's transaction, audited with the reason. */
  async disable(manager: EntityManager, userId: string, reason: string, actorId: string | null = null): Promise<void> {
    await manager.update(User, { id: userId }, { isActive: false });
    await this.audit.record(manager, {
      actorId,
      action: 'user.disabled',
      entityType: 'user',
      entityId: userId,
      before: { isActive: true },
      after: { isActive: false },
      reason,
    });
  }

  /** Sets a new password and enables the account (an operator's reset), audited. */
  async resetPassword(username: string, password: string, actorId: string | null = null): Promise<User | null> {
    const user = await this.findByUsername(username);
    if (!user) return null;
    const passwordHash = await this.hashPassword(password);
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash, isActive: true });
      await this.audit.record(manager, {
        actorId,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        before: { isActive: user.isActive },
        after: { isActive: true },
      });
    });
    return user;
  }

  /**
   * Many trainee-like accounts with one role each (no region), in three statements: users, assignments, audit.
   * Usernames must be normalised and free (the caller checked); a concurrent taker gives USERNAME_TAKEN.
   */
  async insertMany(manager: EntityManager, records: UserRecord[], role: Role, actorId: string | null): Promise<User[]> {
    if (!records.length) return [];
    const inserted = await manager.insert(User, records).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new UsernameTakenException(records.map((r) => r.username).join(', ')) : error;
    });
    const users = records.map((record, i) => ({ ...record, id: inserted.identifiers[i]!.id as string }) as User);
    const assignments = await manager.insert(
      RoleAssignment,
      users.map((user) => ({ userId: user.id, role, regionId: null })),
    );
    await this.audit.recordMany(
      manager,
      users.map((user, i) => ({
        actorId,
        action: 'role.assigned',
        entityType: 'user',
        entityId: user.id,
        after: { assignmentId: assignments.identifiers[i]!.id, role, regionCode: null },
      })),
    );
    return users;
  }

  async assignRole(manager: EntityManager, userId: string, role: Role, region: Region | null, actorId: string | null) {
    const assignment = await manager.save(RoleAssignment, { userId, role, regionId: region?.id ?? null });
    await this.audit.record(manager, {
      actorId,
      action: 'role.assigned',
      entityType: 'user',
      entityId: userId,
      after: { assignmentId: assignment.id, role, regionCode: region?.code ?? null },
    });
  }
}
