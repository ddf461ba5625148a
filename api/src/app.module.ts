import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DomainEventsModule } from './common/domain-events';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContentPackagesModule } from './packages/content/content-packages.module';
import { ContentImportModule } from './content-import/content-import.module';
import { CurriculaModule } from './curricula/curricula.module';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';
import { DeliveryModule } from './delivery/delivery.module';
import { DemoModule } from './demo/demo.module';
import { GlossaryModule } from './glossary/glossary.module';
import { graphQLModule } from './graphql-options';
import { LearningModule } from './learning/learning.module';
import { LicensingModule } from './licensing/licensing.module';
import { HealthController } from './health/health.controller';
import { ReportsDatabaseModule } from './database/reports-database.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RecordsPackagesModule } from './packages/records/records-packages.module';
import { ReviewModule } from './review/review.module';
import { SearchModule } from './search/search.module';
import { SkillsModule } from './skills/skills.module';
import { TextbooksModule } from './textbooks/textbooks.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** `scheduleJobs`: the server runs the services' @Cron jobs; the CLIs and the test apps run none. */
  static forRoot(config: AppConfig, databaseUrl: string, { scheduleJobs = false } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ...(scheduleJobs ? [ScheduleModule.forRoot()] : []),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, ENTITIES)),
        ReportsDatabaseModule,
        graphQLModule(config),
        // Figures of lessons and textbooks; a missing one is a 404, never the web app's index page. The web
        // app itself is served by DeliveryModule.
        // Figures that came in content packages (the data folder) are served before content/'s own.
        ServeStaticModule.forRoot(
          // Excluded from the module's index-page fallback, so a figure not found here goes on to content/media.
          {
            rootPath: join(config.dataDir, 'media'),
            serveRoot: '/media',
            exclude: ['/media/{*path}'],
            serveStaticOptions: { fallthrough: true, dotfiles: 'deny' },
          },
          { rootPath: join(config.contentDir, 'media'), serveRoot: '/media', serveStaticOptions: { fallthrough: false } },
        ),
        DomainEventsModule,
        AccessModule,
        AuditModule,
        UsersModule,
        AuthModule,
        OrganisationsModule,
        CurriculaModule,
        TextbooksModule,
        SearchModule,
        GlossaryModule,
        LearningModule,
        LicensingModule,
        NotificationsModule,
        ReviewModule,
        SkillsModule,
        ContentImportModule,
        ContentPackagesModule,
        RecordsPackagesModule,
        DemoModule,
        DeliveryModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
    };
  }
}
