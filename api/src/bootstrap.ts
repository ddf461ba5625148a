import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { hardenHttp } from './common/http-hardening';
import type { AppConfig } from './config/app-config';
import { ContentImporter } from './content-import/content-importer.service';
import { startEmbeddedDatabase } from './database/embedded-database';
import { DemoSeeder } from './demo/demo-seeder.service';
import { LicenceTypeSeeder } from './licensing/licence-type-seeder.service';
import { RegionSeeder } from './organisations/region-seeder.service';

export interface RunningApp {
  app: INestApplication;
  stop(): Promise<void>;
}

/**
 * Builds the app on the configured database (the embedded PGlite unless DATABASE_URL is set), migrates it
 * and seeds reference data; in demo mode also the content and demo accounts. Used by main, CLIs and tests.
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, config.databaseUrl ?? embedded!.url), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  hardenHttp(app, config.trustProxy);
  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await app.init();
  await app.get(DataSource).runMigrations({ transaction: 'each' });
  await app.get(RegionSeeder).seed();
  await app.get(LicenceTypeSeeder).seed();
  if (config.demo) {
    await app.get(ContentImporter).importFrom(config.contentDir);
    await app.get(DemoSeeder).seed();
  }
  return {
    app,
    async stop() {
      await app.close();
      await embedded?.stop();
    },
  };
}
