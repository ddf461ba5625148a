import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Session } from '../auth/session.entity';
import { StartRefusedError } from '../common/start-refused.error';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

type Mode = 'demo' | 'production';

/** Exit code of a start refused for its configuration (sysexits' EX_CONFIG). */
export const EXIT_WRONG_MODE = 78;

export class ProductionDatabaseError extends StartRefusedError {
  constructor(markedAt: string) {
    super(
      `This database holds production data (started in production on ${markedAt}), so demo mode will not run on it: ` +
        'demo mode adds accounts whose password is published. Start without DARI_DEMO, or give demo mode its own empty ' +
        'DARI_DATA_DIR (or DATABASE_URL).',
      EXIT_WRONG_MODE,
    );
  }
}

// argon2 runs on libuv's thread pool; two at a time keep a small server responsive while starting.
const PARALLEL_CHECKS = 2;

/**
 * The database's mode, marked in `install_mode` on the first demo or production start. Demo mode refuses a
 * production-marked database. A production start disables every active account whose password is the demo
 * password: all accounts once, when the database was demo (or never marked), then the demo usernames on each
 * start; the log names each account and the command that gives it a new password.
 */
@Injectable()
export class InstallModeService {
  private readonly logger = new Logger(InstallModeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  async enforce(options: { production: boolean; demo: boolean }): Promise<void> {
    const marked = await this.mode();
    if (options.production) {
      const accounts = await this.users.activeAccounts();
      const demoNames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
      await this.disableDemoPasswords(marked?.mode === 'production' ? accounts.filter((a) => demoNames.has(a.username)) : accounts);
      if (marked?.mode !== 'production') await this.mark('production');
    } else if (options.demo) {
      if (marked?.mode === 'production') throw new ProductionDatabaseError(marked.markedAt);
      if (!marked && (await this.looksLikeProduction()))
        throw new ProductionDatabaseError('an earlier version: it has accounts but no demo accounts');
      if (!marked) await this.mark('demo');
    }
  }

  async mode(): Promise<{ mode: Mode; markedAt: string } | null> {
    const [row] = await this.db.query(`SELECT mode, marked_at FROM install_mode`);
    return row ? { mode: row.mode, markedAt: new Date(row.marked_at).toISOString() } : null;
  }

  /** An unmarked database from before the mark existed: users, none of them a demo account. */
  private async looksLikeProduction(): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS users, count(*) FILTER (WHERE username = ANY($1))::int AS demo FROM "user"`,
      [DEMO_ACCOUNTS.map((a) => a.username)],
    );
    return row.users > 0 && row.demo === 0;
  }

  private async mark(mode: Mode) {
    await this.db.query(
      `INSERT INTO install_mode (mode) VALUES ($1) ON CONFLICT (id) DO UPDATE SET mode = EXCLUDED.mode, marked_at = now()`,
      [mode],
    );
  }

  private async disableDemoPasswords(accounts: { id: string; username: string; passwordHash: string }[]) {
    const found: typeof accounts = [];
    for (let i = 0; i < accounts.length; i += PARALLEL_CHECKS) {
      const batch = accounts.slice(i, i + PARALLEL_CHECKS);
      const checks = await Promise.all(batch.map((a) => this.users.verifyPassword(a.passwordHash, DEMO_PASSWORD)));
      found.push(...batch.filter((_, j) => checks[j]));
    }
    for (const account of found) {
      await this.db.transaction(async (manager) => {
        await this.users.disable(manager, account.id, 'production start: the password is the published demo password');
        await manager.update(Session, { userId: account.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      });
      this.logger.warn(
        `account ${account.username} disabled: its password is the demo password. Give it a new one with ` +
          `\`npm run admin:reset-password -- ${account.username}\` (in Docker: node api/dist/cli/reset-password.js ${account.username}).`,
      );
    }
  }
}
