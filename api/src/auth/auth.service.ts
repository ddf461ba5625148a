import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { normaliseUsername } from '../users/username';
import { UnauthenticatedException } from '../common/domain.exception';
import { InvalidCredentialsException, TokenExpiredException } from './auth.exception';
import { LoginRateLimiter } from './login-rate-limiter';
import { Session } from './session.entity';

export interface SignedIn {
  token: string;
  session: Session;
  user: User;
}

const HOUR = 3600_000;

interface SessionRow {
  id: string;
  user_id: string;
  username: string;
  is_active: boolean;
  must_change_password: boolean;
  last_seen_at: Date;
  expires_at: Date;
  absolute_expires_at: Date;
  assignments: Actor['assignments'];
}

const SESSION_LOOKUP = `
  SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, s.absolute_expires_at, u.username, u.is_active, u.must_change_password,
         coalesce(json_agg(json_build_object('role', a.role, 'regionId', a.region_id, 'regionPath', r.path))
                  FILTER (WHERE a.id IS NOT NULL), '[]') AS assignments
  FROM session s
  JOIN "user" u ON u.id = s.user_id
  LEFT JOIN role_assignment a ON a.user_id = u.id
  LEFT JOIN region r ON r.id = a.region_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL
  GROUP BY s.id, u.id`;
// Sliding expiry is written at most this often, so reads do not each cost a write.
const TOUCH_INTERVAL = 5 * 60_000;

@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async onModuleInit() {
    // Verifying against a real hash for unknown users keeps their timing the same as a wrong password's.
    this.dummyHash = await this.users.hashPassword(randomBytes(16).toString('hex'));
  }

  async login(rawUsername: string, password: string, meta: { address: string; userAgent?: string }): Promise<SignedIn> {
    const username = normaliseUsername(rawUsername);
    // Counted before the password is checked: parallel guesses cannot outrun the count.
    await this.limiter.consume(username, meta.address);
    const user = await this.users.findByUsername(username);
    const valid = await this.verify(user, password);
    if (!user || !valid || !user.isActive) throw new InvalidCredentialsException();
    await this.limiter.succeeded(username, meta.address);
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session = await this.db.getRepository(Session).save({
      tokenHash: hashToken(token),
      userId: user.id,
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + this.config.sessionIdleHours * HOUR),
      absoluteExpiresAt: new Date(now + this.config.sessionMaxDays * 24 * HOUR),
      revokedAt: null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, session, user: (await this.users.findWithRoles(user.id))! };
  }

  /** Resolves a bearer or cookie token to the acting user, refreshing the idle expiry. */
  async authenticate(token: string): Promise<Actor> {
    // One statement on every request: the session, its user and the user's role assignments with their regions.
    const [session]: SessionRow[] = await this.db.query(SESSION_LOOKUP, [hashToken(token)]);
    if (!session || !session.is_active) throw new UnauthenticatedException();
    const now = Date.now();
    const absoluteExpiresAt = new Date(session.absolute_expires_at).getTime();
    if (new Date(session.expires_at).getTime() <= now || absoluteExpiresAt <= now) throw new TokenExpiredException();
    if (now - new Date(session.last_seen_at).getTime() > TOUCH_INTERVAL) {
      const expiresAt = new Date(Math.min(now + this.config.sessionIdleHours * HOUR, absoluteExpiresAt));
      await this.db.getRepository(Session).update(session.id, { lastSeenAt: new Date(now), expiresAt });
    }
    return {
      userId: session.user_id,
      username: session.username,
      sessionId: session.id,
      mustChangePassword: session.must_change_password,
      assignments: session.assignments,
    };
  }

  /** Verifies against a dummy hash for unknown users, so timing does not tell which usernames exist. */
  verify(user: User | null, password: string): Promise<boolean> {
    return this.users.verifyPassword(user?.passwordHash ?? this.dummyHash, password);
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update(sessionId, { revokedAt: new Date() });
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
