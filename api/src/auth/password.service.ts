import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { PasswordResetService } from '../users/passwords/password-reset.service';
import { assertAcceptablePassword } from '../users/passwords/password-policy';
import { normaliseUsername } from '../users/username';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { WrongPasswordException } from './auth.exception';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { Session } from './session.entity';

/** A user's own password: changing it while signed in, or setting it with a reset code on the sign-in page. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly resets: PasswordResetService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** The current password is required (and its guesses count like failed sign-ins); other sessions end. */
  async change(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<void> {
    // Counted before the check, like sign-in; a right password gives the attempt back.
    await this.limiter.consume(normaliseUsername(actor.username), address);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await this.auth.verify(user, currentPassword))) throw new WrongPasswordException();
    await this.limiter.succeeded(normaliseUsername(actor.username), address);
    assertAcceptablePassword(newPassword, user.username);
    await this.setPassword(user, newPassword, actor.sessionId, actor.userId, 'user.password_changed', (manager) =>
      this.unchangedSince(manager, user, newPassword),
    );
  }

  /**
   * Version check under the row lock: the hash must still be the one the current password was checked against.
   * If a request sent at the same moment already set this same new password, this one has nothing left to do.
   */
  private async unchangedSince(manager: EntityManager, read: User, newPassword: string): Promise<boolean> {
    const [row] = await manager.query<{ hash: string }[]>(`SELECT password_hash AS hash FROM "user" WHERE id = $1 FOR UPDATE`, [read.id]);
    if (row!.hash === read.passwordHash) return true;
    if (await this.users.verifyPassword(row!.hash, newPassword)) return false;
    throw new WrongPasswordException();
  }

  /** Public and rate-limited like sign-in; the code works once. Every session of the user ends. */
  async reset(username: string, code: string, newPassword: string, address: string): Promise<void> {
    const normalised = normaliseUsername(username);
    await this.limiter.consume(normalised, address);
    const user = await this.users.findByUsername(normalised);
    const row = await this.resets.check(user, code);
    assertAcceptablePassword(newPassword, user!.username);
    await this.setPassword(user!, newPassword, null, null, 'user.password_reset', (manager) =>
      this.resets.consume(manager, row).then(() => true),
    );
    await this.limiter.succeeded(normalised, address);
  }

  /** `proceed` runs first in the transaction: false means the change is already made (nothing written). */
  private async setPassword(
    user: User,
    password: string,
    keepSessionId: string | null,
    actorId: string | null,
    action: string,
    proceed?: (m: EntityManager) => Promise<boolean>,
  ) {
    const passwordHash = await this.users.hashPassword(password);
    await this.db.transaction(async (manager) => {
      if (proceed && !(await proceed(manager))) return;
      await manager.update(User, user.id, { passwordHash, mustChangePassword: false });
      await manager.delete(Session, keepSessionId ? { userId: user.id, id: Not(keepSessionId) } : { userId: user.id });
      await this.audit.record(manager, { actorId: actorId ?? user.id, action, entityType: 'user', entityId: user.id });
    });
  }
}
