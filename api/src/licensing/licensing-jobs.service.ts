import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DomainEvents } from '../common/domain-events';
import { CertificatesService } from './certificates/certificates.service';
import { LicencesService } from './licences.service';
import { RemindersService } from './reminders.service';

/**
 * Five past midnight UTC, the day licences expire and plans fall due by (`today()` and the database's
 * CURRENT_DATE are UTC). Every replica runs it: both steps are safe to run twice, even at once.
 */
export const DAILY_JOB = { name: 'licensing-daily', cronTime: '5 0 * * *', timeZone: 'UTC' } as const;

/** What a daily run changed; `null` for a step that failed (and was logged). */
export interface DailyRun {
  lapsed: number | null;
  reminders: number | null;
}

/** What licensing does without anyone acting: on learning's announcements, daily, and once the server is up. */
@Injectable()
export class LicensingJobs implements OnModuleInit {
  private readonly logger = new Logger(LicensingJobs.name);

  constructor(
    private readonly licences: LicencesService,
    private readonly certificates: CertificatesService,
    private readonly reminders: RemindersService,
    private readonly events: DomainEvents,
  ) {}

  /** Learning announces a completed curriculum after its commit: the certificate follows at once. */
  onModuleInit() {
    this.events.on('curricula.completed', async ({ userId }) => void (await this.certificates.issueDue(userId)));
  }

  /**
   * Daily (scheduled only in the server, see AppModule): licences lapse at expiry (also checked on every
   * renewal), then the reminders are created. A failing step is logged and does not stop the other; the run
   * never throws, so the scheduler keeps it for the next day.
   */
  @Cron(DAILY_JOB.cronTime, { name: DAILY_JOB.name, timeZone: DAILY_JOB.timeZone })
  async daily(): Promise<DailyRun> {
    const lapsed = await this.step('lapsing expired licences', () => this.licences.lapseExpired());
    const reminders = await this.step('creating reminders', () => this.reminders.run());
    this.logger.log(`Daily licensing job: ${lapsed ?? 'failed'} licences lapsed, ${reminders ?? 'failed'} reminders created`);
    return { lapsed, reminders };
  }

  /**
   * Once the server is up (migrated): certificates whose announcement was lost (a crash right after learning's
   * commit, or an account linked after completion) are issued, and today's reminders created.
   */
  async catchUp(): Promise<void> {
    await this.step('issuing due certificates', () => this.certificates.issueDue());
    await this.daily();
  }

  private async step<T>(name: string, run: () => Promise<T>): Promise<T | null> {
    try {
      return await run();
    } catch (error) {
      this.logger.error(
        `Licensing job: ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        error instanceof Error ? error.stack : undefined,
      );
      return null;
    }
  }
}
