import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { STATEMENT_TIMEOUT_MS } from '../common/statement-timeout';
import { POOL_SIZE } from './embedded-database';
import { ENTITIES } from './entities';

/** One definition for the app, the CLIs and the migration generator. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{js,ts}')],
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed (PGlite ships none preloaded).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // statement_timeout is a startup parameter of every connection (PGlite accepts it but cannot interrupt a statement).
    extra: { max: POOL_SIZE, statement_timeout: STATEMENT_TIMEOUT_MS },
  };
}
