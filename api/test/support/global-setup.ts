import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { recreateDatabase } from './databases';

/**
 * One database for the whole run: a fresh embedded PGlite, or — when DATABASE_URL is set — that database on
 * the real server, dropped and created anew so every run starts empty.
 */
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    await recreateDatabase(url);
    const target = new URL(url);
    process.env.DARI_TEST_DATABASE = `PostgreSQL ${target.host}${target.pathname}`;
    return;
  }
  const embedded = await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-test-')));
  (globalThis as { __embedded?: typeof embedded }).__embedded = embedded;
  process.env.DATABASE_URL = embedded.url;
  process.env.DARI_TEST_DATABASE = 'embedded PGlite';
}
