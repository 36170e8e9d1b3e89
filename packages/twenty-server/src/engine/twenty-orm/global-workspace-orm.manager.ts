import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type Repository } from 'typeorm';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { buildWorkspaceEntitySchema } from 'src/engine/twenty-orm/utils/build-workspace-entity-schema.util';
import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { buildPostgresTimeouts } from 'src/engine/twenty-orm/utils/build-postgres-timeouts.util';
import { PostgresPoolClient } from 'src/engine/twenty-orm/utils/postgres-pool-client';
import {
  WORKSPACE_OBJECTS,
  findWorkspaceObject,
} from 'src/engine/workspace-manager/workspace-objects';

const MAX_CACHED_WORKSPACE_DATA_SOURCES = 50;
// How long an evicted data source stays open: a request or a sync page that took it just before
// its eviction ends on it (its pool has closed its idle connections long before).
export const EVICTED_DATA_SOURCE_GRACE_MS = 5 * 60_000;

// The only place that binds code to a workspace schema. Each workspace gets a data source whose
// entities are the workspace objects in `workspace_<base36 id>`; idle pool clients close by themselves.
@Injectable()
export class GlobalWorkspaceOrmManager implements OnApplicationShutdown {
  private readonly logger = new Logger(GlobalWorkspaceOrmManager.name);
  private readonly dataSources = new Map<string, Promise<DataSource>>();
  // Evicted, closed once their grace is over (or at shutdown).
  private readonly evicted = new Set<Promise<DataSource>>();

  constructor(private readonly environmentService: EnvironmentService) {}

  async getRepository<T extends ObjectLiteral = ObjectLiteral>(
    workspaceId: string,
    objectNameSingular: string,
  ): Promise<Repository<T>> {
    findWorkspaceObject(objectNameSingular);
    const dataSource = await this.getDataSource(workspaceId);

    return dataSource.getRepository<T>(objectNameSingular);
  }

  getDataSource(workspaceId: string): Promise<DataSource> {
    const cached = this.dataSources.get(workspaceId);

    if (cached) {
      this.dataSources.delete(workspaceId);
      this.dataSources.set(workspaceId, cached);

      return cached;
    }
    const created = this.createDataSource(workspaceId);

    this.dataSources.set(workspaceId, created);
    // One that failed to open is forgotten, unless a newer one replaced it meanwhile.
    created.catch(() => {
      if (this.dataSources.get(workspaceId) === created) this.dataSources.delete(workspaceId);
    });
    this.evictLeastRecentlyUsed();

    return created;
  }

  // Closed once every module stopped (OnApplicationShutdown comes after OnModuleDestroy): the
  // queue worker drains its running jobs first, and they write through these data sources.
  async onApplicationShutdown(): Promise<void> {
    const all = [...this.dataSources.values(), ...this.evicted];

    this.dataSources.clear();
    this.evicted.clear();
    await Promise.allSettled(all.map(async (pending) => (await pending).destroy()));
  }

  private async createDataSource(workspaceId: string): Promise<DataSource> {
    const schemaName = getWorkspaceSchemaName(workspaceId);
    const dataSource = new DataSource({
      type: 'postgres',
      url: this.environmentService.get('PG_DATABASE_URL'),
      schema: schemaName,
      entities: WORKSPACE_OBJECTS.map((object) => buildWorkspaceEntitySchema(object, schemaName)),
      synchronize: false,
      logging: false,
      extra: {
        max: 5,
        idleTimeoutMillis: 10_000,
        Client: PostgresPoolClient,
        ...buildPostgresTimeouts(this.environmentService.get('PG_STATEMENT_TIMEOUT_MS')),
      },
    });

    return dataSource.initialize();
  }

  // Never throws: one that failed to open, or fails to close, is logged.
  private evictLeastRecentlyUsed(): void {
    while (this.dataSources.size > MAX_CACHED_WORKSPACE_DATA_SOURCES) {
      const [oldestId, oldest] = this.dataSources.entries().next().value as [
        string,
        Promise<DataSource>,
      ];

      this.dataSources.delete(oldestId);
      this.evicted.add(oldest);
      setTimeout(() => {
        if (!this.evicted.delete(oldest)) return;
        oldest
          .then((dataSource) => dataSource.destroy())
          .catch((error: unknown) =>
            this.logger.warn(
              `Closing the evicted data source of ${oldestId} failed: ${getErrorMessage(error)}`,
            ),
          );
      }, EVICTED_DATA_SOURCE_GRACE_MS).unref();
    }
  }
}
