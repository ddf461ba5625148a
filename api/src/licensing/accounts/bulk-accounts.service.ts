import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { AuditService } from '../../audit/audit.service';
import { AccountAccess } from '../../users/account-access';
import type { User } from '../../users/user.entity';
import { normaliseUsername } from '../../users/username';
import { Role } from '../../access/role.enum';
import { type UserRecord, UsersService } from '../../users/users.service';
import { MAX_ACCOUNTS_PER_CALL, NoWorkersException, TooManyAccountsException } from './accounts.exception';
import { oneTimePassword, usernameFor } from './one-time-password';
import type { WorkerAccountCreated, WorkerAccountsResult } from './worker-accounts.model';

interface Secret {
  password: string;
  hash: string;
}

interface WorkerFacts {
  id: string;
  name: string;
  registrationNumber: string;
  facilityName: string;
}

/**
 * Trainee accounts for registry workers in bulk (issue 17 point 2): one transaction for all, each account
 * linked to its worker, audited, with a one-time password that must be changed at first sign-in. Workers that
 * have an account already are skipped. Access: AccountAccess.requireLinkableWorker for every worker.
 */
@Injectable()
export class BulkAccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountAccess,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor | undefined, workerIds: string[]): Promise<WorkerAccountsResult> {
    const signedIn = this.access.require(actor, { permission: Permission.UsersAccounts });
    const ids = [...new Set(workerIds)];
    if (!ids.length) throw new NoWorkersException();
    if (ids.length > MAX_ACCOUNTS_PER_CALL) throw new TooManyAccountsException(ids.length);
    const [{ count }] = await this.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM worker WHERE id = ANY($1) AND user_id IS NULL`,
      [ids],
    );
    const secrets = await this.prepareSecrets(count);
    return this.db.transaction((manager) => this.createIn(manager, signedIn, ids, secrets));
  }

  /**
   * Hashing is the slow part (argon2id), so it is done before the transaction opens; a worker that lost its
   * account in between gets a secret hashed on the spot.
   */
  async prepareSecrets(count: number): Promise<Secret[]> {
    return Promise.all(Array.from({ length: count }, () => this.secret()));
  }

  /**
   * In the caller's transaction (also used by the CSV import): refuses the lot if any worker is out of reach.
   * Set-based, a handful of statements whatever the number: the workers are locked and checked together, then
   * users, role assignments, links and audit events are each one statement.
   */
  async createIn(manager: EntityManager, actor: Actor, workerIds: string[], secrets: Secret[]): Promise<WorkerAccountsResult> {
    const result: WorkerAccountsResult = { accounts: [], skipped: [] };
    const workers = await this.accounts.requireLinkableWorkers(actor, workerIds, manager);
    const facts = await this.facts(manager, workerIds);
    const taken = await this.takenUsernames(
      manager,
      [...facts.values()].map((w) => normaliseUsername(w.registrationNumber)),
    );
    const planned: { workerId: string; facts: WorkerFacts; record: UserRecord; password: string }[] = [];
    for (const id of workerIds) {
      const worker = workers.get(id)!;
      const { name, registrationNumber } = facts.get(id)!;
      if (worker.userId) {
        result.skipped.push({ workerId: id, name, reason: 'HAS_ACCOUNT' });
        continue;
      }
      const { password, hash } = secrets.pop() ?? (await this.secret());
      const username = usernameFor(registrationNumber, taken, normaliseUsername);
      taken.add(username);
      const record = {
        username,
        passwordHash: hash,
        displayName: name,
        locale: 'ko',
        cadre: worker.cadre as User['cadre'],
        mustChangePassword: true,
      };
      planned.push({ workerId: id, facts: facts.get(id)!, record, password });
    }
    const users = await this.users.insertMany(
      manager,
      planned.map((p) => p.record),
      Role.trainee,
      actor.userId,
    );
    await manager.query(
      `UPDATE worker w SET user_id = link.user_id FROM unnest($1::uuid[], $2::uuid[]) AS link(worker_id, user_id) WHERE w.id = link.worker_id`,
      [planned.map((p) => p.workerId), users.map((u) => u.id)],
    );
    await this.audit.recordMany(
      manager,
      planned.map(({ workerId, record }, i) => ({
        actorId: actor.userId,
        action: 'user.created',
        entityType: 'user',
        entityId: users[i]!.id,
        after: {
          username: record.username,
          displayName: record.displayName,
          cadre: record.cadre,
          roles: [{ role: Role.trainee }],
          workerId,
          bulk: true,
        },
      })),
    );
    planned.forEach(({ workerId, facts: { name, facilityName }, record, password }, i) =>
      result.accounts.push({
        workerId,
        userId: users[i]!.id,
        name,
        facilityName,
        username: record.username,
        oneTimePassword: password,
      } satisfies WorkerAccountCreated),
    );
    return result;
  }

  private async secret(): Promise<Secret> {
    const password = oneTimePassword();
    return { password, hash: await this.users.hashGeneratedPassword(password) };
  }

  private async facts(manager: EntityManager, ids: string[]): Promise<Map<string, WorkerFacts>> {
    const rows = await manager.query<WorkerFacts[]>(
      `SELECT w.id, w.name, w.registration_number AS "registrationNumber", f.name AS "facilityName" FROM worker w JOIN facility f ON f.id = w.facility_id WHERE w.id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Usernames that start with one of the bases: enough to pick free suffixes without a query per clash. */
  private async takenUsernames(manager: EntityManager, bases: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ username: string }[]>(
      `SELECT u.username FROM "user" u WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) b WHERE starts_with(u.username, b))`,
      [[...new Set(bases)]],
    );
    return new Set(rows.map((r) => r.username));
  }
}
