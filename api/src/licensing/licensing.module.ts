import { Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CertificateKeyService } from './certificates/certificate-key.service';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesResolver } from './certificates/certificates.resolver';
import { CertificatesService } from './certificates/certificates.service';
import { LedgerService } from './ledger.service';
import { LicenceTypeSeeder } from './licence-type-seeder.service';
import { LicencesService } from './licences.service';
import { LicenceFieldsResolver, WorkerFieldsResolver } from './licensing-fields.resolver';
import { LicensingLoaderFactory } from './licensing.loaders';
import { LicensingResolver } from './licensing.resolver';
import { RegistryExportController } from './registry/registry-export.controller';
import { RegistryResolver, WorkerCursorResolver, WorkerPostingFieldsResolver } from './registry/registry.resolver';
import { RegistryService } from './registry/registry.service';
import { WorkerImportService } from './registry/worker-import.service';
import { WorkerListService } from './registry/worker-list.service';
import { RetrainingResolver, WorkerRetrainingResolver } from './retraining.resolver';
import { RetrainingService } from './retraining.service';
import { WorkerAccountsService } from './worker-accounts.service';
import { WorkersService } from './workers.service';

const DAY_MS = 24 * 3600 * 1000;

@Module({
  controllers: [CertificatesController, RegistryExportController],
  providers: [
    CertificateKeyService,
    CertificatesService,
    CertificatesResolver,
    LicensingLoaderFactory,
    LedgerService,
    LicencesService,
    WorkersService,
    WorkerAccountsService,
    RetrainingService,
    LicenceTypeSeeder,
    LicensingResolver,
    WorkerFieldsResolver,
    LicenceFieldsResolver,
    RetrainingResolver,
    WorkerRetrainingResolver,
    RegistryService,
    WorkerImportService,
    RegistryResolver,
    WorkerPostingFieldsResolver,
    WorkerListService,
    WorkerCursorResolver,
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
