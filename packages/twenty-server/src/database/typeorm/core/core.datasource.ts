import { DataSource, type DataSourceOptions } from 'typeorm';

import { coreEntities } from 'src/database/typeorm/core/core-entities';
import { coreMigrations } from 'src/database/typeorm/core/core-migrations';
import { POSTGRES_KEEPALIVE } from 'src/engine/twenty-orm/utils/build-postgres-timeouts.util';
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
  extra: { max: 10, Client: PostgresPoolClient, ...POSTGRES_KEEPALIVE },
});

export const createCoreDataSource = (databaseUrl: string): DataSource =>
  new DataSource(buildCoreDataSourceOptions(databaseUrl));
