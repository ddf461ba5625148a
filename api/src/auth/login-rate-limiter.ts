import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginRateLimitedException } from './auth.exception';

const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 50;

// Counts one key in one atomic statement: a row whose window has ended starts again at 1. Each key is its own
// statement, so no statement holds two rows' locks: two keys in one (in either order) deadlocked under load.
const CONSUME = `
  INSERT INTO login_attempt (key, points, expires_at)
  VALUES ($1, 1, now() + make_interval(secs => $2))
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN login_attempt.expires_at <= now() THEN 1 ELSE login_attempt.points + 1 END,
    expires_at = CASE WHEN login_attempt.expires_at <= now() THEN excluded.expires_at ELSE login_attempt.expires_at END
  RETURNING key, points, ceil(extract(epoch FROM expires_at - now()) * 1000)::int AS ms_left`;

/**
 * Counts sign-in attempts per username+address (slows guessing one account) and per address (slows spraying
 * many accounts). An attempt is counted before its password is checked, by an atomic upsert per key in PostgreSQL, so
 * parallel attempts cannot all pass a count read before any was written — on one API process or several
 * replicas; a success gives its points back. Windows are timed by the database clock, the same for every replica.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS when it is over either limit. `username` is normalised. */
  async consume(username: string, address: string): Promise<void> {
    const account = accountKey(username, address);
    const rows: { key: string; points: number; ms_left: number }[] = [];
    for (const key of [account, addressKey(address)]) rows.push(...(await this.db.query(CONSUME, [key, WINDOW_SECONDS])));
    const over = rows.filter((r) => r.points > (r.key === account ? ACCOUNT_ATTEMPTS : ADDRESS_ATTEMPTS));
    if (over.length > 0) throw new LoginRateLimitedException(Math.ceil(Math.max(...over.map((r) => r.ms_left)) / 1000));
    // Ended windows are reset when their key comes back; now and then, forget those that never do.
    if (Math.random() < 0.01) await this.db.query(`DELETE FROM login_attempt WHERE expires_at < now()`);
  }

  /** A successful sign-in clears its account's count and returns its point to the address. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.db.query(`DELETE FROM login_attempt WHERE key = $1`, [accountKey(username, address)]);
    await this.db.query(`UPDATE login_attempt SET points = greatest(points - 1, 0) WHERE key = $1`, [addressKey(address)]);
  }
}

const accountKey = (username: string, address: string) => `account:${username}|${address}`;
const addressKey = (address: string) => `address:${address}`;
