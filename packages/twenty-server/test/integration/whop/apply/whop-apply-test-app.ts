import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type DataSource, type ObjectLiteral, type QueryRunner } from 'typeorm';

import { AppModule } from 'src/app.module';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { WhopApplyModule } from 'src/modules/whop/services/apply/whop-apply.module';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';
import { createTestWorkspace } from 'test/integration/utils/create-test-workspace';
import { applyTestEnvironment } from 'test/integration/utils/test-environment';

// The server module plus the apply module (until the whop module imports it), on the test database.
export const createWhopApplyTestApp = async (): Promise<INestApplication> => {
  applyTestEnvironment();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule, WhopApplyModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });

  await app.init();

  return app;
};

// A fresh workspace and an apply context on it.
export const createWhopApplyContext = async (app: INestApplication): Promise<WhopApplyContext> => {
  const { workspaceId } = await createTestWorkspace(app, 'Whop apply');

  return {
    workspaceId,
    syncedAt: new Date('2026-04-01T00:00:00.000Z'),
    issues: new WhopSyncIssues(),
  };
};

export const findWorkspaceRecords = async (
  app: INestApplication,
  context: WhopApplyContext,
  objectName: string,
  where: ObjectLiteral = {},
): Promise<ObjectLiteral[]> =>
  (await app.get(GlobalWorkspaceOrmManager).getRepository(context.workspaceId, objectName)).find({
    where,
  });

export const countWorkspaceRecords = async (
  app: INestApplication,
  context: WhopApplyContext,
  objectName: string,
  where: ObjectLiteral = {},
): Promise<number> =>
  (await app.get(GlobalWorkspaceOrmManager).getRepository(context.workspaceId, objectName)).count({
    where,
  });

// What deleting a record in Twenty does: it goes to the trash (`deletedAt` set), keeping its row.
export const trashWorkspaceRecords = async (
  app: INestApplication,
  context: WhopApplyContext,
  objectName: string,
  where: ObjectLiteral,
): Promise<void> => {
  await (
    await app.get(GlobalWorkspaceOrmManager).getRepository(context.workspaceId, objectName)
  ).update(where, { deletedAt: new Date() });
};

// Until a session waits on a lock `holder` holds.
const waitForLockWaiter = async (dataSource: DataSource, holder: QueryRunner): Promise<void> => {
  const [{ pid }] = await holder.query('SELECT pg_backend_pid() AS pid');

  for (let polls = 0; polls < 200; polls += 1) {
    const [{ waiting }] = await dataSource.query(
      'SELECT count(*)::integer AS waiting FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
      [pid],
    );

    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Nothing waited on the lock');
};

// Another transaction on the workspace (the seller, another page or another company's sync), left
// open: what it writes holds its row locks until `commitOnceWaitedOn`, which commits it once
// another session waits on one of them.
export const openWorkspaceTransaction = async (
  app: INestApplication,
  context: WhopApplyContext,
): Promise<{ schema: string; runner: QueryRunner; commitOnceWaitedOn: () => Promise<void> }> => {
  const dataSource = await app.get(GlobalWorkspaceOrmManager).getDataSource(context.workspaceId);
  const runner = dataSource.createQueryRunner();

  await runner.connect();
  await runner.startTransaction();

  return {
    schema: getWorkspaceSchemaName(context.workspaceId),
    runner,
    commitOnceWaitedOn: async () => {
      await waitForLockWaiter(dataSource, runner);
      await runner.commitTransaction();
      await runner.release();
    },
  };
};
