import { Client } from 'pg';

export const SEPARATE_DATABASE_ENV = 'DARI_TEST_SEPARATE_DATABASE_URL';

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

/** The run's second database, for the one spec whose data would disturb the others (see global-setup). */
export function separateDatabase(): { databaseUrl: string } {
  return { databaseUrl: process.env[SEPARATE_DATABASE_ENV]! };
}
