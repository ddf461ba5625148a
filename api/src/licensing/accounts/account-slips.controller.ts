import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow } from '../../access/access.decorators';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { BadUserInputException, NotFoundException } from '../../common/domain.exception';
import { CurrentActor } from '../../access/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { MAX_ACCOUNTS_PER_CALL, SlipMismatchException } from './accounts.exception';
import { AccountSlipsRenderer } from './account-slips-renderer';

interface SlipRequest {
  workerId: string;
  username: string;
  oneTimePassword: string;
}

const isSlipRequest = (v: unknown): v is SlipRequest =>
  typeof v === 'object' &&
  v !== null &&
  ['workerId', 'username', 'oneTimePassword'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/**
 * The slips PDF, drawn from what createWorkerAccounts returned: the web posts the accounts back, since the
 * server keeps no password in the clear (nothing to expire, works across replicas). Names and facilities come
 * from the database, and each account must be the worker's own, still awaiting its first password change, in
 * the caller's region — so a slip can only be printed for an account the caller could have made.
 */
@Controller('accounts')
export class AccountSlipsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly renderer: AccountSlipsRenderer,
  ) {}

  @Allow(Permission.UsersAccounts)
  @Post('slips.pdf')
  async slips(@Body() body: unknown, @Res() res: Response, @CurrentActor() signedIn: Actor): Promise<void> {
    const requested = (body as { accounts?: unknown } | null)?.accounts;
    if (!Array.isArray(requested) || !requested.length || requested.length > MAX_ACCOUNTS_PER_CALL || !requested.every(isSlipRequest)) {
      throw new BadUserInputException([
        `accounts: 1-${MAX_ACCOUNTS_PER_CALL} of { workerId, username, oneTimePassword } / 계정 목록이 올바르지 않습니다`,
      ]);
    }
    const rows = await this.db.query<
      { id: string; name: string; facilityName: string; path: string; username: string; mustChange: boolean }[]
    >(
      `SELECT w.id, w.name, f.name AS "facilityName", r.path, u.username, u.must_change_password AS "mustChange"
         FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id JOIN "user" u ON u.id = w.user_id
        WHERE w.id::text = ANY($1)`,
      [requested.map((a) => a.workerId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const slips = requested.map((a) => {
      const worker = byId.get(a.workerId);
      if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, a.workerId);
      this.access.requireResource(signedIn, Permission.UsersAccounts, { regionPath: worker.path });
      if (worker.username !== a.username || !worker.mustChange) throw new SlipMismatchException(a.workerId);
      return {
        name: worker.name,
        facilityName: worker.facilityName,
        username: worker.username,
        oneTimePassword: a.oneTimePassword.slice(0, 64),
      };
    });
    const pdf = await this.renderer.render(slips, this.config.publicUrl);
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="account-slips.pdf"',
      'Cache-Control': 'no-store',
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  }
}
