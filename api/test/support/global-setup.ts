import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';

/**
 * One database for the whole run: a fresh embedded PGlite, or — when DATABASE_URL is set — that database on
 * the real server, dropped and created anew so every run starts empty.
 */
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const target = new URL(url);
    const name = target.pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe test database name: ${name}`);
    const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    process.env.DARI_TEST_DATABASE = `PostgreSQL ${target.host}/${name}`;
    return;
  }
  const embedded = await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-test-')));
  (globalThis as { __embedded?: typeof embedded }).__embedded = embedded;
  process.env.DATABASE_URL = embedded.url;
  process.env.DARI_TEST_DATABASE = 'embedded PGlite';
}
