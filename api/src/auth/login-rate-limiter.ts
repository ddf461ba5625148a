import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LoginRateLimitedException } from './auth.exception';

const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 50;

/**
 * Counts sign-in attempts per username+address (slows guessing one account) and per address (slows spraying
 * many accounts). An attempt is counted before its password is checked, in one synchronous step of the
 * in-memory store, so parallel attempts cannot all pass a count read before any was written; a success gives
 * its points back. In memory: one server per data folder is the deployment model (ARCHITECTURE.md).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount = new RateLimiterMemory({ points: ACCOUNT_ATTEMPTS, duration: WINDOW_SECONDS });
  private readonly perAddress = new RateLimiterMemory({ points: ADDRESS_ATTEMPTS, duration: WINDOW_SECONDS });

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS when it is over either limit. `username` is normalised. */
  async consume(username: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.perAccount.consume(key(username, address)), this.perAddress.consume(address)]);
    const blocked = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
    if (blocked.length === 0) return;
    const waits = blocked.map((reason) => {
      if (!(reason instanceof RateLimiterRes)) throw reason;
      return reason.msBeforeNext;
    });
    throw new LoginRateLimitedException(Math.ceil(Math.max(...waits) / 1000));
  }

  /** A successful sign-in clears its account's count and returns its point to the address. */
  async succeeded(username: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(key(username, address)), this.perAddress.reward(address, 1)]);
  }
}

const key = (username: string, address: string) => `${username}|${address}`;
