import 'reflect-metadata';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/app-config';
import { lockDataDir } from '../database/data-dir-lock';
import { readArchive } from './backup/archive';
import { checkPostgresDump, embeddedIsEmpty, postgresIsEmpty, restoreEmbedded, restorePostgres } from './backup/databases';
import { fail } from './run-cli';

// Usage: npm run restore -- <file> [--force]. Checks the whole archive first; refuses a target that already
// holds a database or keys unless --force (which replaces them). The next start migrates the restored data.
async function restore() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run restore -- <backup file> [--force]');
  const config = loadConfig();
  const work = mkdtempSync(join(tmpdir(), 'dari-restore-'));
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  try {
    const manifest = await readArchive(resolve(file), work);
    const dump = join(work, manifest.database.file);
    const expected = config.databaseUrl ? 'pg_dump-custom' : 'pglite-datadir';
    if (manifest.database.format !== expected) {
      throw new Error(
        `the archive holds a ${manifest.database.format} database; this install needs ${expected} (${config.databaseUrl ? 'DATABASE_URL' : 'embedded'})`,
      );
    }
    if (config.databaseUrl) checkPostgresDump(dump);
    const keys = join(config.dataDir, 'keys');
    const occupied = [
      ...((config.databaseUrl ? await postgresIsEmpty(config.databaseUrl) : embeddedIsEmpty(config.dataDir)) ? [] : ['a database']),
      ...(existsSync(keys) && readdirSync(keys).length > 0 ? [`keys in ${keys}`] : []),
    ];
    if (occupied.length && !force)
      throw new Error(`the target already holds ${occupied.join(' and ')}: nothing was changed. Add --force to replace them.`);
    if (config.databaseUrl) await restorePostgres(config.databaseUrl, dump, force);
    else await restoreEmbedded(config.dataDir, dump);
    mkdirSync(keys, { recursive: true, mode: 0o700 });
    for (const name of Object.keys(manifest.files).filter((n) => n.startsWith('keys/')))
      copyFileSync(join(work, name), join(config.dataDir, name));
    console.log(`restored the backup of ${manifest.createdAt} into ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}`);
  } finally {
    lock?.release();
    rmSync(work, { recursive: true, force: true });
  }
}

restore().catch(fail);
