import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { createTestApp } from 'test/integration/utils/create-test-app';
import { createTestWorkspace } from 'test/integration/utils/create-test-workspace';

describe('workspace migrations', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(() => app?.close());

  it('indexes every relation of the note and task targets', async () => {
    const { workspaceId } = await createTestWorkspace(app, 'Indexed');
    const indexes: { tablename: string; indexdef: string }[] = await app
      .get(DataSource)
      .query(`SELECT "tablename", "indexdef" FROM pg_indexes WHERE "schemaname" = $1`, [
        getWorkspaceSchemaName(workspaceId),
      ]);
    const indexedColumns = (table: string) =>
      indexes
        .filter(({ tablename }) => tablename === table)
        .map(({ indexdef }) => /\(("?)(\w+)\1\)$/.exec(indexdef)?.[2]);

    expect(indexedColumns('noteTarget')).toEqual(
      expect.arrayContaining(['noteId', 'personId', 'companyId', 'opportunityId']),
    );
    expect(indexedColumns('taskTarget')).toEqual(
      expect.arrayContaining(['taskId', 'personId', 'companyId', 'opportunityId']),
    );
  });
});
