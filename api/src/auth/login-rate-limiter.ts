import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LoginRateLimitedException } from './auth.exception';

const WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed sign-ins per username+address (slows guessing one account) and per address (slows spraying
 * many accounts). In memory: enough for one LAN server; a scaled-out install would use a shared store.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount = new RateLimiterMemory({ points: 5, duration: WINDOW_SECONDS });
  private readonly perAddress = new RateLimiterMemory({ points: 50, duration: WINDOW_SECONDS });

  async assertAllowed(username: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.perAccount.get(key(username, address)), this.perAddress.get(address)]);
    const blocked = [account, ip].find((r) => r && r.remainingPoints <= 0);
    if (blocked) throw new LoginRateLimitedException(Math.ceil(blocked.msBeforeNext / 1000));
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(key(username, address)),
      this.perAddress.penalty(address),
    ]).catch((e: unknown) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
  }

  async recordSuccess(username: string, address: string): Promise<void> {
    await this.perAccount.delete(key(username, address));
  }
}

const key = (username: string, address: string) => `${username.toLowerCase()}|${address}`;
