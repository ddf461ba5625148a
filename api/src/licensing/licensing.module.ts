import { Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LedgerService } from './ledger.service';
import { LicenceTypeSeeder } from './licence-type-seeder.service';
import { LicencesService } from './licences.service';
import { LicenceFieldsResolver, WorkerFieldsResolver } from './licensing-fields.resolver';
import { LicensingResolver } from './licensing.resolver';
import { RetrainingResolver, WorkerRetrainingResolver } from './retraining.resolver';
import { RetrainingService } from './retraining.service';
import { WorkersService } from './workers.service';

const DAY_MS = 24 * 3600 * 1000;

@Module({
  providers: [
    LedgerService,
    LicencesService,
    WorkersService,
    RetrainingService,
    LicenceTypeSeeder,
    LicensingResolver,
    WorkerFieldsResolver,
    LicenceFieldsResolver,
    RetrainingResolver,
    WorkerRetrainingResolver,
  ],
  exports: [LicenceTypeSeeder, LicencesService],
})
export class LicensingModule implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(private readonly licences: LicencesService) {}

  /** Licences lapse at expiry without anyone acting: checked daily (and on every renewal). */
  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.licences.lapseExpired().catch(() => undefined), DAY_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.timer);
  }
}
