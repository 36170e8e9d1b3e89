import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type Repository } from 'typeorm';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { buildWorkspaceEntitySchema } from 'src/engine/twenty-orm/utils/build-workspace-entity-schema.util';
import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { PostgresPoolClient } from 'src/engine/twenty-orm/utils/postgres-pool-client';
import {
  WORKSPACE_OBJECTS,
  findWorkspaceObject,
} from 'src/engine/workspace-manager/workspace-objects';

const MAX_CACHED_WORKSPACE_DATA_SOURCES = 50;

// The only place that binds code to a workspace schema. Each workspace gets a data source whose
// entities are the workspace objects in `workspace_<base36 id>`; idle pool clients close by themselves.
@Injectable()
export class GlobalWorkspaceOrmManager implements OnApplicationShutdown {
  private readonly dataSources = new Map<string, Promise<DataSource>>();

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
    created.catch(() => this.dataSources.delete(workspaceId));
    void this.evictLeastRecentlyUsed();

    return created;
  }

  // Closed once every module stopped (OnApplicationShutdown comes after OnModuleDestroy): the
  // queue worker drains its running jobs first, and they write through these data sources.
  async onApplicationShutdown(): Promise<void> {
    const all = [...this.dataSources.values()];

    this.dataSources.clear();
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
      extra: { max: 5, idleTimeoutMillis: 10_000, Client: PostgresPoolClient },
    });

    return dataSource.initialize();
  }

  private async evictLeastRecentlyUsed(): Promise<void> {
    while (this.dataSources.size > MAX_CACHED_WORKSPACE_DATA_SOURCES) {
      const [oldestId, oldest] = this.dataSources.entries().next().value as [
        string,
        Promise<DataSource>,
      ];

      this.dataSources.delete(oldestId);
      await (await oldest).destroy();
    }
  }
}
