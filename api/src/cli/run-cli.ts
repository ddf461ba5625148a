import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../bootstrap';
import { type AppConfig, loadConfig } from '../config/app-config';
import { StartRefusedError } from '../database/data-dir-lock';

/**
 * Runs a command-line task against the configured database (migrated first), then shuts down. The embedded
 * database is locked like the server's, so a command never opens it while a server runs on the same folder.
 */
export async function runCli(task: (app: INestApplication, config: AppConfig) => Promise<void>) {
  const config = { ...loadConfig(), demo: false, logLevel: process.env.LOG_LEVEL ?? 'warn' };
  let running: Awaited<ReturnType<typeof createApp>>;
  try {
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
