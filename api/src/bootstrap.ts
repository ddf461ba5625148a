import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { hardenHttp } from './common/http-hardening';
import { compressResponses } from './delivery/compression';
import type { AppConfig } from './config/app-config';
import { ContentImporter } from './content-import/content-importer.service';
import { type SupervisedDatabase, startEmbeddedDatabase } from './database/embedded-database-supervisor';
import { DemoSeeder } from './demo/demo-seeder.service';
import { InstallModeService } from './demo/install-mode.service';
import { LicenceTypeSeeder } from './licensing/licence-type-seeder.service';
import { RegionSeeder } from './organisations/region-seeder.service';

export interface RunningApp {
  app: INestApplication;
  stop(): Promise<void>;
}

/**
 * Builds the app on the configured database (the embedded PGlite unless DATABASE_URL is set), migrates it
 * and seeds reference data; in demo mode also the content and demo accounts. Used by main, CLIs and tests;
 * only main schedules the jobs (`scheduleJobs`).
 */
export async function createApp(
  config: AppConfig,
  options: { checkInstallMode?: boolean; scheduleJobs?: boolean } = {},
): Promise<RunningApp> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  try {
    return await build(config, embedded, { checkInstallMode: true, scheduleJobs: false, ...options });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * `checkInstallMode` off is for the test suite only: its specs start demo and production apps in turn on one
 * shared database (the mode rules have their own spec, on real servers with their own data folders).
 */
async function build(
  config: AppConfig,
  embedded: SupervisedDatabase | undefined,
  { checkInstallMode, scheduleJobs }: { checkInstallMode: boolean; scheduleJobs: boolean },
): Promise<RunningApp> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, config.databaseUrl ?? embedded!.url, { scheduleJobs }),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  hardenHttp(app, config.trustProxy);
  app.use(compressResponses());
  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  try {
    await app.init();
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    await app.get(RegionSeeder).seed();
    await app.get(LicenceTypeSeeder).seed();
    if (checkInstallMode) await app.get(InstallModeService).enforce(config);
    if (config.demo) {
      await app.get(ContentImporter).importFrom(config.contentDir);
      await app.get(DemoSeeder).seed();
    }
    // Migrations and imports may hold one statement long on a big folder; requests may not.
    embedded?.enforceStatementLimit();
  } catch (error) {
    await app.close();
    throw error;
  }
  return {
    app,
    async stop() {
      await app.close();
      await embedded?.stop();
    },
  };
}
