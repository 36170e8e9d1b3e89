import { createCoreDataSource } from 'src/database/typeorm/core/core.datasource';
import { ensureDatabaseExists } from 'src/database/utils/ensure-database-exists.util';
import { WorkspaceMigrationRunnerService } from 'src/engine/workspace-manager/workspace-migration-runner.service';

// Creates the database if needed, applies pending core migrations, then brings every workspace
// schema up to date. Safe to run any number of times, also concurrently.
export const runMigrations = async (databaseUrl: string): Promise<{ core: string[] }> => {
  await ensureDatabaseExists(databaseUrl);
  const dataSource = await createCoreDataSource(databaseUrl).initialize();
  // A session lock: held on one dedicated connection, released when that connection closes.
  const lockHolder = dataSource.createQueryRunner();

  try {
    await lockHolder.connect();
    await lockHolder.query(`SELECT pg_advisory_lock(hashtext('core-migrations'))`);
    const applied = await dataSource.runMigrations();

    await new WorkspaceMigrationRunnerService(dataSource).migrateAllWorkspaces();

    return { core: applied.map((migration) => migration.name) };
  } finally {
    await lockHolder
      .query(`SELECT pg_advisory_unlock(hashtext('core-migrations'))`)
      .catch(() => undefined);
    await lockHolder.release();
    await dataSource.destroy();
  }
};
