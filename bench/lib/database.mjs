// The database a bench runs on: DATABASE_URL (a PostgreSQL server; the figures that matter), or else an
// embedded PGlite in its own process and a temporary folder that is removed when the bench ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startListening } from './children.mjs';

const folders = new Set();
process.once('exit', () => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary folder removed when the bench process exits (also after a failure). */
export function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `dari-bench-${prefix}-`));
  folders.add(dir);
  return dir;
}

export async function benchDatabase() {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return { url, embedded: false, description: await describe(url), stop: async () => undefined };
  }
  const dir = tempFolder('pglite');
  const server = await startListening(['bench/lib/embedded-db.mjs', dir]);
  return {
    url: server.url,
    embedded: true,
    description: `embedded PGlite (${await describe(server.url)})`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      folders.delete(dir);
    },
  };
}

async function describe(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT version()')).rows[0].version.split(' on ')[0];
  } finally {
    await client.end();
  }
}
