import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { StartRefusedError } from './common/start-refused.error';
import { LicensingJobs } from './licensing/licensing-jobs.service';

async function main() {
  const config = loadConfig();
  const { app, stop } = await createApp(config, { scheduleJobs: true });
  await app.listen(config.port);
  void app.get(LicensingJobs).catchUp();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  app.get(Logger).log(`Dari listening on http://localhost:${config.port} — database: ${where}${config.demo ? ' — demo mode' : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  // Expected refusals get their message alone and their own exit code; anything else its stack.
  if (error instanceof StartRefusedError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(1);
});
