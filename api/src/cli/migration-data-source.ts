import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { ENTITIES } from '../entities';

/**
 * For the TypeORM CLI (migration:generate against a scratch database), see ARCHITECTURE.md.
 * The app itself never uses this file.
 */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dari_migrations', ENTITIES),
);
