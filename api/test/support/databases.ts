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

/**
 * A database of its own on a PostgreSQL server, for specs of what only a server can do (several API processes on
 * one database, national data volumes): on the server of the suite's DATABASE_URL when the suite runs on
 * PostgreSQL, else DARI_TEST_POSTGRES_URL, else the local server. `npm test` runs these `*.postgres.integration-spec.ts` files only where a server answers.
 */
export function postgresDatabase(name: string): string {
  // In the embedded suite DATABASE_URL names the PGlite socket, which is no PostgreSQL server.
  const onServer = process.env.DARI_TEST_DATABASE?.startsWith('PostgreSQL') ? process.env.DATABASE_URL : undefined;
  const server = onServer ?? process.env.DARI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  return Object.assign(new URL(server), { pathname: `/${name}` }).toString();
}
