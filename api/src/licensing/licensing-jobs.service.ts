import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import { CertificatesService } from './certificates/certificates.service';
import { LicencesService } from './licences.service';
import { RemindersService } from './reminders.service';

const DAY_MS = 24 * 3600 * 1000;

/** What licensing does without anyone acting: on learning's announcements, daily, and once the server is up. */
@Injectable()
export class LicensingJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LicensingJobs.name);
  private timer?: NodeJS.Timeout;

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

  /** Daily: licences lapse at expiry (also checked on every renewal) and the reminders are created. */
  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.daily().catch((error: unknown) => this.logger.error(error)), DAY_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.timer);
  }

  daily() {
    return Promise.all([this.licences.lapseExpired(), this.reminders.run()]);
  }

  /**
   * Once the server is up (migrated): certificates whose announcement was lost (a crash right after learning's
   * commit, or an account linked after completion) are issued, and today's reminders created.
   */
  async catchUp(): Promise<void> {
    await this.certificates.issueDue().catch((error: unknown) => this.logger.error(error));
    await this.daily().catch((error: unknown) => this.logger.error(error));
  }
}
