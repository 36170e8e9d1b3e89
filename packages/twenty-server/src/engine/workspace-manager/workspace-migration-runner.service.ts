import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { WORKSPACE_MIGRATIONS } from 'src/engine/workspace-manager/workspace-migrations/workspace-migrations';

@Injectable()
export class WorkspaceMigrationRunnerService {
  private readonly logger = new Logger(WorkspaceMigrationRunnerService.name);

  constructor(private readonly coreDataSource: DataSource) {}

  // Creates the workspace schema if needed and applies every pending workspace migration, each in
  // its own transaction, serialised per workspace by an advisory lock so concurrent starts are safe.
  async migrateWorkspace(workspaceId: string): Promise<string[]> {
    const schemaName = getWorkspaceSchemaName(workspaceId);
    const queryRunner = this.coreDataSource.createQueryRunner();
    const applied: string[] = [];

    await queryRunner.connect();
    try {
      await queryRunner.query(`SELECT pg_advisory_lock(hashtext($1))`, [schemaName]);
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
      const rows: { version: string }[] = await queryRunner.query(
        `SELECT "version" FROM "core"."workspaceMigration" WHERE "workspaceId" = $1`,
        [workspaceId],
      );
      const done = new Set(rows.map((row) => row.version));

      for (const migration of WORKSPACE_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await queryRunner.startTransaction();
        try {
          await migration.up(queryRunner, schemaName);
          await queryRunner.query(
            `INSERT INTO "core"."workspaceMigration" ("workspaceId", "version") VALUES ($1, $2)`,
            [workspaceId, migration.version],
          );
          await queryRunner.commitTransaction();
          applied.push(migration.version);
        } catch (error) {
          await queryRunner.rollbackTransaction();
          throw error;
        }
      }
    } finally {
      // A connection that dropped has lost its lock with it: the unlock failing must neither leak
      // the connection nor hide the error that stopped the migration.
      await queryRunner
        .query(`SELECT pg_advisory_unlock(hashtext($1))`, [schemaName])
        .catch(() => undefined);
      await queryRunner.release();
    }
    if (applied.length > 0) {
      this.logger.log(`Workspace ${workspaceId}: applied ${applied.join(', ')}`);
    }

    return applied;
  }

  async migrateAllWorkspaces(): Promise<void> {
    const workspaces: { id: string }[] = await this.coreDataSource.query(
      `SELECT "id" FROM "core"."workspace" ORDER BY "createdAt"`,
    );

    for (const workspace of workspaces) {
      await this.migrateWorkspace(workspace.id);
    }
  }
}
