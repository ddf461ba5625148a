import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { normaliseUsername } from '../users/username';
import { InvalidCredentialsException, TokenExpiredException, UnauthenticatedException } from './auth.exception';
import { LoginRateLimiter } from './login-rate-limiter';
import { Session } from './session.entity';

export interface SignedIn {
  token: string;
  session: Session;
  user: User;
}

const HOUR = 3600_000;
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
    const sessions = this.db.getRepository(Session);
    // One round trip: the session with its user and the user's role assignments and their regions.
    const session = await sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull() },
      relations: { user: { roleAssignments: { region: true } } },
    });
    if (!session || !session.user.isActive) throw new UnauthenticatedException();
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.absoluteExpiresAt.getTime() <= now) throw new TokenExpiredException();
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL) {
      const expiresAt = new Date(Math.min(now + this.config.sessionIdleHours * HOUR, session.absoluteExpiresAt.getTime()));
      await sessions.update(session.id, { lastSeenAt: new Date(now), expiresAt });
    }
    const { user } = session;
    return {
      userId: user.id,
      username: user.username,
      sessionId: session.id,
      mustChangePassword: user.mustChangePassword,
      assignments: user.roleAssignments.map((a) => ({ role: a.role, regionId: a.regionId, regionPath: a.region?.path ?? null })),
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
