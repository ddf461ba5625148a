import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/app-config';
import { lockDataDir } from '../database/data-dir-lock';
import { writeArchive } from './backup/archive';
import { dumpEmbedded, dumpPostgres } from './backup/databases';
import { fail } from './run-cli';

// Usage: npm run backup -- [--out <file>]. One archive: the database (embedded or DATABASE_URL) and the keys
// folder. The embedded database is locked meanwhile: stop the server first (the command says so if it runs).
async function backup() {
  const config = loadConfig();
  const out = resolve(option('--out') ?? `dari-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar`);
  const work = mkdtempSync(join(tmpdir(), 'dari-backup-'));
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  try {
    const database = config.databaseUrl
      ? { format: 'pg_dump-custom' as const, name: 'database.pgdump' }
      : { format: 'pglite-datadir' as const, name: 'database.tar.gz' };
    const dump = join(work, database.name);
    if (config.databaseUrl) dumpPostgres(config.databaseUrl, dump);
    else await dumpEmbedded(config.dataDir, dump);
    const files: Record<string, string> = { [database.name]: dump };
    const keys = join(config.dataDir, 'keys');
    if (existsSync(keys)) for (const name of readdirSync(keys)) files[`keys/${name}`] = join(keys, name);
    if (!files['keys/certificate-keys.json'] && !files['keys/certificate-key.json'])
      console.warn(`warning: no certificate key in ${keys}: the archive cannot verify certificates issued before`);
    await writeArchive(out, database, files);
    console.log(`backup written to ${out} (${Math.ceil(statSync(out).size / 1024)} KiB: ${Object.keys(files).join(', ')})`);
  } finally {
    lock?.release();
    rmSync(work, { recursive: true, force: true });
  }
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

backup().catch(fail);
