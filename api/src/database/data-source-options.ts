import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { STATEMENT_TIMEOUT_MS } from '../common/statement-timeout';
import { POOL_SIZE } from './embedded-database';

/**
 * One definition for the app, the CLIs and the migration generator. Never `synchronize`. The entities are the
 * app's list (`src/entities.ts`), passed in: the database module sits below every module that owns a table.
 */
export function dataSourceOptions(url: string, entities: NonNullable<DataSourceOptions['entities']>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
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
