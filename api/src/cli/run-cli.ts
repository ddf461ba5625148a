import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../bootstrap';
import { type AppConfig, loadConfig } from '../config/app-config';

/** Runs a command-line task against the configured database (migrated first), then shuts down. */
export async function runCli(task: (app: INestApplication, config: AppConfig) => Promise<void>) {
  const config = { ...loadConfig(), demo: false, logLevel: process.env.LOG_LEVEL ?? 'warn' };
  const { app, stop } = await createApp(config);
  try {
    await task(app, config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await stop();
  }
}
