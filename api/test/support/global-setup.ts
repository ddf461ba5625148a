import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveEmbeddedDatabase } from '../../src/database/embedded-database';
import { recreateDatabase, SEPARATE_DATABASE_ENV } from './databases';

/**
 * The run's databases: a fresh embedded PGlite, or — when DATABASE_URL is set — that database on the real
 * server, dropped and created anew so every run starts empty. A second one serves the specs that work on
 * the real content (importing it, revising its lessons), so their data never disturbs the others. (Started here, outside Jest's module sandbox, where
 * PGlite's dynamic imports work.)
 */
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const separate = Object.assign(new URL(url), { pathname: `${new URL(url).pathname}_separate` }).toString();
    await recreateDatabase(url);
    await recreateDatabase(separate);
    const target = new URL(url);
    process.env.DARI_TEST_DATABASE = `PostgreSQL ${target.host}${target.pathname}`;
    process.env[SEPARATE_DATABASE_ENV] = separate;
    return;
  }
  const embedded = await serveEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-test-')));
  const separate = await serveEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'dari-test-separate-')));
  (globalThis as { __embedded?: (typeof embedded)[] }).__embedded = [embedded, separate];
  process.env.DATABASE_URL = embedded.url;
  process.env[SEPARATE_DATABASE_ENV] = separate.url;
  process.env.DARI_TEST_DATABASE = 'embedded PGlite';
}
