import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../../src/config/app-config';

/** Drops and creates the database named in `url` on its server, so it starts empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe test database name: ${name}`);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/**
 * A database of its own for a spec whose data would disturb the others: another embedded PGlite, or on the
 * real server a sibling database of the run's one.
 */
export async function separateDatabase(suffix: string): Promise<Partial<AppConfig>> {
  if (process.env.DARI_TEST_DATABASE === 'embedded PGlite') {
    return { databaseUrl: undefined, dataDir: mkdtempSync(join(tmpdir(), `dari-test-${suffix}-`)) };
  }
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_${suffix}`;
  await recreateDatabase(url.toString());
  return { databaseUrl: url.toString() };
}
