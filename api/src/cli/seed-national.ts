import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ContentImporter } from '../content-import/content-importer.service';
import { UsersService } from '../users/users.service';
import { REFUSED_EXIT_CODE, refuseEmbedded, SeedRefusedError, seedNational } from './national/national-seed';
import { workersArgument } from './national/national-sizes';
import { runCli } from './run-cli';

// Usage: DATABASE_URL=postgres://... npm run seed:national -- --workers 200000
// Every seeded account (usernames n-0000001 ...) gets the password in DARI_SEED_PASSWORD, or an unknown random one.
async function main() {
  let workers: number;
  try {
    workers = workersArgument(process.argv.slice(2));
    await refuseEmbedded(process.env.DATABASE_URL);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = error instanceof SeedRefusedError ? REFUSED_EXIT_CODE : 64;
    return;
  }
  await runCli(async (app, config) => {
    const db = app.get(DataSource);
    const [{ lessons }]: { lessons: number }[] = await db.query(`SELECT count(*)::int AS lessons FROM lesson`);
    if (!lessons) {
      console.log(`importing content from ${config.contentDir} (the plans and progress events refer to its lessons) ...`);
      await app.get(ContentImporter).importFrom(config.contentDir);
    }
    const password = process.env.DARI_SEED_PASSWORD || randomBytes(24).toString('base64url');
    const hash = await app.get(UsersService).hashPassword(password);
    console.log(`seeding ${workers} workers ...`);
    try {
      const report = await seedNational(db, workers, hash, (line) => console.log(line));
      console.log(`national data set seeded in ${report.seconds.toFixed(1)} s: ${JSON.stringify(report.sizes)}`);
    } catch (error) {
      if (!(error instanceof SeedRefusedError)) throw error;
      console.error(error.message);
      process.exitCode = REFUSED_EXIT_CODE;
    }
  });
}

void main();
