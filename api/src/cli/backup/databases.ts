import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Client } from 'pg';

/**
 * The database half of a backup. Embedded: PGlite's own dump of its data folder (a gzipped tar, restored with
 * `loadDataDir`), taken after a CHECKPOINT while this process holds the data-folder lock, so nothing writes
 * meanwhile. PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore` (both from the server's client tools).
 */
export async function dumpEmbedded(dataDir: string, out: string): Promise<void> {
  const dir = join(dataDir, 'pglite');
  if (!existsSync(join(dir, 'PG_VERSION'))) throw new Error(`no embedded database in ${dataDir}`);
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  try {
    await db.exec('CHECKPOINT');
    writeFileSync(out, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()), { mode: 0o600 });
  } finally {
    await db.close();
  }
}

/** Loads the dump beside the live folder, checks it opens and holds Dari's tables, then puts it in place. */
export async function restoreEmbedded(dataDir: string, dump: string): Promise<void> {
  const dir = join(dataDir, 'pglite');
  const incoming = `${dir}.restoring`;
  rmSync(incoming, { recursive: true, force: true });
  const db = await PGlite.create(incoming, { extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(dump)]) });
  try {
    await db.query('SELECT count(*) FROM migrations');
  } catch (error) {
    await db.close();
    rmSync(incoming, { recursive: true, force: true });
    throw new Error(`the database in the archive does not open as a Dari database: ${(error as Error).message}`);
  }
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(incoming, dir);
}

export const embeddedIsEmpty = (dataDir: string) =>
  !existsSync(join(dataDir, 'pglite')) || readdirSync(join(dataDir, 'pglite')).length === 0;

export function dumpPostgres(url: string, out: string): void {
  tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', out, '--dbname', url]);
}

export function checkPostgresDump(dump: string): void {
  tool('pg_restore', ['--list', dump]);
}

export async function postgresIsEmpty(url: string): Promise<boolean> {
  return withClient(
    url,
    async (client) => (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n === 0,
  );
}

export async function restorePostgres(url: string, dump: string, force: boolean): Promise<void> {
  if (force) await withClient(url, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
  tool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', url, dump]);
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function tool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is needed for a PostgreSQL backup (PostgreSQL client tools): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
}
