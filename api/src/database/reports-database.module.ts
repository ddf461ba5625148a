import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

/**
 * The database reports and exports read: the replica named by `DATABASE_READ_URL` where there is one (its copy
 * may be a second behind, which a report or a CSV of the whole region tolerates), else the primary itself.
 * Never for what a user reads right after changing it. Raw SQL only, so the replica's pool maps no entities.
 */
export const REPORTS_DATABASE = Symbol('REPORTS_DATABASE');

/** Opens the replica's pool when configured and closes it with the app. */
@Injectable()
class ReportsDatabase implements OnApplicationShutdown {
  private replica?: DataSource;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(getDataSourceToken()) private readonly primary: DataSource,
  ) {}

  async open(): Promise<DataSource> {
    if (!this.config.databaseReadUrl) return this.primary;
    try {
      this.replica = await new DataSource({ ...dataSourceOptions(this.config.databaseReadUrl, []), migrations: [] }).initialize();
      return this.replica;
    } catch (error) {
      // A standby that is down must not keep the app from serving: reports read the primary until a restart.
      new Logger('ReportsDatabase').warn(`DATABASE_READ_URL does not answer (${(error as Error).message}); reports read the primary`);
      return this.primary;
    }
  }

  async onApplicationShutdown() {
    await this.replica?.destroy();
  }
}

@Global()
@Module({
  providers: [
    ReportsDatabase,
    { provide: REPORTS_DATABASE, inject: [ReportsDatabase], useFactory: (reports: ReportsDatabase) => reports.open() },
  ],
  exports: [REPORTS_DATABASE],
})
export class ReportsDatabaseModule {}
