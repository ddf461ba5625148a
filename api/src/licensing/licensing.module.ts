import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AccountSlipsController } from './accounts/account-slips.controller';
import { AccountSlipsRenderer } from './accounts/account-slips-renderer';
import { BulkAccountsService } from './accounts/bulk-accounts.service';
import { WorkerAccountsResolver } from './accounts/worker-accounts.resolver';
import { CertificateKeyService } from './certificates/certificate-key.service';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesResolver } from './certificates/certificates.resolver';
import { CertificatesService } from './certificates/certificates.service';
import { LedgerService } from './ledger.service';
import { LicenceTypeSeeder } from './licence-type-seeder.service';
import { LicencesService } from './licences.service';
import { LicenceFieldsResolver, WorkerFieldsResolver } from './licensing-fields.resolver';
import { LicensingJobs } from './licensing-jobs.service';
import { LicensingLoaderFactory } from './licensing.loaders';
import { LicensingResolver } from './licensing.resolver';
import { CourseLicenceTopicResolver, MyLicensingResolver, RetrainingPlanCurriculumResolver } from './my-licensing.resolver';
import { RegistryExportController } from './registry/registry-export.controller';
import { RegistryResolver, WorkerCursorResolver, WorkerPostingFieldsResolver } from './registry/registry.resolver';
import { RegistryService } from './registry/registry.service';
import { WorkerImportService } from './registry/worker-import.service';
import { RemindersService } from './reminders.service';
import { WorkerListService } from './registry/worker-list.service';
import { RetrainingResolver, WorkerRetrainingResolver } from './retraining.resolver';
import { RetrainingService } from './retraining.service';
import { WorkerAccountsService } from './worker-accounts.service';
import { WorkersService } from './workers.service';

@Module({
  imports: [NotificationsModule, UsersModule],
  controllers: [CertificatesController, RegistryExportController, AccountSlipsController],
  providers: [
    AccountSlipsRenderer,
    CertificateKeyService,
    CertificatesService,
    CertificatesResolver,
    LicensingLoaderFactory,
    LedgerService,
    LicencesService,
    WorkersService,
    WorkerAccountsService,
    BulkAccountsService,
    WorkerAccountsResolver,
    RetrainingService,
    RemindersService,
    LicensingJobs,
    LicenceTypeSeeder,
    LicensingResolver,
    MyLicensingResolver,
    RetrainingPlanCurriculumResolver,
    CourseLicenceTopicResolver,
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
  exports: [CertificateKeyService, LicenceTypeSeeder, LicencesService, LicensingJobs, WorkersService],
})
export class LicensingModule {}
