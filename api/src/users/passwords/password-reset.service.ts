import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { AccountAccess } from '../account-access';
import type { User } from '../user.entity';
import { UserDirectoryService } from '../user-directory.service';
import { ResetCodeRejectedException } from '../users.exception';
import type { PasswordResetCodeIssued } from '../users.model';
import { PasswordResetCode } from './password-reset-code.entity';

export const RESET_CODE_VALID_HOURS = 72;
// No 0/O, 1/I/L: read aloud on the telephone or copied from paper without mix-ups. 12 of 31 symbols ≈ 59 bits.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 12;

/** One-time password reset codes: issued by an admin or a registrar of the user's region, used once within 72 h. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountAccess,
    private readonly directory: UserDirectoryService,
    private readonly audit: AuditService,
  ) {}

  /** A new code replaces any unused one; only its hash is stored, so it is shown this once. */
  async issue(actor: Actor | undefined, userId: string): Promise<PasswordResetCodeIssued> {
    const user = await this.directory.find(userId);
    const signedIn = await this.accounts.requireManager(actor, user);
    const code = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const expiresAt = new Date(Date.now() + RESET_CODE_VALID_HOURS * 3600_000);
    await this.db.transaction(async (manager) => {
      await manager.delete(PasswordResetCode, { userId, usedAt: IsNull() });
      await manager.insert(PasswordResetCode, { userId, codeHash: hashCode(code), expiresAt, usedAt: null, issuedById: signedIn.userId });
      await this.audit.record(manager, {
        actorId: signedIn.userId,
        action: 'user.password_reset_code_issued',
        entityType: 'user',
        entityId: userId,
        after: { expiresAt: expiresAt.toISOString() },
      });
    });
    return { code: code.match(/.{4}/g)!.join('-'), expiresAt, username: user.username, displayName: user.displayName };
  }

  /** The code's row if it is the user's, unused and unexpired; otherwise the coded reason. */
  async check(user: User | null, code: string): Promise<PasswordResetCode> {
    const row = user ? await this.db.getRepository(PasswordResetCode).findOneBy({ userId: user.id, codeHash: hashCode(code) }) : null;
    if (!row) throw new ResetCodeRejectedException('RESET_CODE_INVALID');
    if (row.usedAt) throw new ResetCodeRejectedException('RESET_CODE_USED');
    if (row.expiresAt.getTime() <= Date.now()) throw new ResetCodeRejectedException('RESET_CODE_EXPIRED');
    return row;
  }

  /** Marks the code used inside the caller's transaction; of two concurrent uses only one gets here. */
  async consume(manager: EntityManager, row: PasswordResetCode): Promise<void> {
    const result = await manager.update(PasswordResetCode, { id: row.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!result.affected) throw new ResetCodeRejectedException('RESET_CODE_USED');
  }
}

/** Case, dashes and spaces do not matter: the hash is of the twelve symbols alone. */
const hashCode = (code: string) =>
  createHash('sha256')
    .update(code.toUpperCase().replace(/[^0-9A-Z]/g, ''))
    .digest('hex');
