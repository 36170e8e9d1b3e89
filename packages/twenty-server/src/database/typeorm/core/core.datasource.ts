import { DataSource, type DataSourceOptions } from 'typeorm';

import { coreEntities } from 'src/database/typeorm/core/core-entities';
import { coreMigrations } from 'src/database/typeorm/core/core-migrations';
import { PostgresPoolClient } from 'src/engine/twenty-orm/utils/postgres-pool-client';

export const buildCoreDataSourceOptions = (databaseUrl: string): DataSourceOptions => ({
  type: 'postgres',
  url: databaseUrl,
  entities: coreEntities,
  migrations: coreMigrations,
  migrationsTableName: '_typeorm_migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: false,
  extra: { max: 10, Client: PostgresPoolClient },
});

export const createCoreDataSource = (databaseUrl: string): DataSource =>
  new DataSource(buildCoreDataSourceOptions(databaseUrl));
