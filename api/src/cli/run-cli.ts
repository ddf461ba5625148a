import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../bootstrap';
import { type AppConfig, loadConfig } from '../config/app-config';
import { StartRefusedError } from '../common/start-refused.error';

/**
 * Runs a command-line task against the configured database (migrated first), then shuts down. The embedded
 * database is locked like the server's, so a command never opens it while a server runs on the same folder.
 */
export async function runCli(task: (app: INestApplication, config: AppConfig) => Promise<void>) {
  let config: AppConfig;
  let running: Awaited<ReturnType<typeof createApp>>;
  try {
    // Commands log warnings only, unless LOG_LEVEL says otherwise; they never seed demo data.
    config = { ...loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' }), demo: false };
    running = await createApp(config);
  } catch (error) {
    return fail(error);
  }
  try {
    await task(running.app, config);
  } catch (error) {
    fail(error);
  } finally {
    await running.stop();
  }
}

export function fail(error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof StartRefusedError ? error.exitCode : 1;
}
