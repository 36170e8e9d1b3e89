import { type NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncLog } from 'src/modules/whop/entities/whop-sync-log.entity';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

const SYNC_LOGS = `query L($id: ID!, $first: Int, $after: String) {
  whopSyncLogs(connectionId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id type } }
  }
}`;

const RUN_ID = '0193a5c2-7d1e-7c3a-9f10-2b3c4d5e6f70';

const tamperedCursor = (values: unknown[], id: unknown) =>
  Buffer.from(JSON.stringify(['startedAt DESC, id DESC', values, id])).toString('base64url');

// The sync history a settings page pages through, newest first, and what a tampered cursor gets.
describe('whopSyncLogs paging', () => {
  let app: NestExpressApplication;
  let workspace: TestWorkspace;
  let connectionId: string;
  let logIds: string[];

  beforeAll(async () => {
    app = await createTestApp();
    workspace = await createTestWorkspace(app, 'Sync history');
    const dataSource = app.get(DataSource);
    const connection = await dataSource.getRepository(WhopConnection).save({
      workspaceId: workspace.workspaceId,
      whopCompanyId: 'biz_history',
      whopCompanyTitle: 'History Co',
      accessToken: 'not-a-real-token',
      status: 'revoked',
    });

    connectionId = connection.id;
    // Two runs started in the same millisecond: the id orders them.
    const startedAt = [
      '2026-12-01T10:00:00.000Z',
      '2026-12-02T10:00:00.000Z',
      '2026-12-02T10:00:00.000Z',
      '2026-12-03T10:00:00.000Z',
    ];
    const logs = await dataSource.getRepository(WhopSyncLog).save(
      startedAt.map((at, index) => ({
        workspaceId: workspace.workspaceId,
        connectionId,
        type: index === 0 ? ('full' as const) : ('incremental' as const),
        status: 'success' as const,
        startedAt: new Date(at),
        completedAt: new Date(at),
      })),
    );

    logIds = [...logs]
      .sort(
        (a, b) =>
          b.startedAt.getTime() - a.startedAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0),
      )
      .map(({ id }) => id);
  });

  afterAll(() => closeTestApp(app));

  it('walks every run once, newest first, one page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;

    do {
      const response: { data?: any } = await graphqlRequest(
        app,
        SYNC_LOGS,
        { id: connectionId, first: 1, after },
        workspace.token,
      );
      const page: any = response.data.whopSyncLogs;

      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map(({ node }: any) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);

    expect(seen).toEqual(logIds);
  });

  it('reads the default page of 20 when first is null, as when it is left out', async () => {
    const response = await graphqlRequest(
      app,
      SYNC_LOGS,
      { id: connectionId, first: null },
      workspace.token,
    );

    expect(response.data.whopSyncLogs.edges.map(({ node }: any) => node.id)).toEqual(logIds);
  });

  it.each([0, -5, 101])('refuses a page of %p runs, saying what fits', async (first) => {
    const response = await graphqlRequest(
      app,
      SYNC_LOGS,
      { id: connectionId, first },
      workspace.token,
    );

    expect(response.errors?.[0]).toMatchObject({
      message: `first must be a whole number from 1 to 100, not ${first}`,
      extensions: { code: 'INVALID_PAGE_SIZE' },
    });
  });

  it.each([
    ['a start that is not a date', tamperedCursor(['yesterday'], RUN_ID)],
    [
      'a start JavaScript reads but no ISO date',
      tamperedCursor(['2026-02-30T00:00:00.000Z'], RUN_ID),
    ],
    ['no start', tamperedCursor([null], RUN_ID)],
    ['an id that is not a run id', tamperedCursor(['2026-12-02T10:00:00.000Z'], 'x')],
  ])('refuses a cursor with %s as an invalid cursor', async (_case, after) => {
    const response = await graphqlRequest(
      app,
      SYNC_LOGS,
      { id: connectionId, first: 1, after },
      workspace.token,
    );

    expect(response.errors?.[0]).toMatchObject({
      message: 'Invalid cursor: it does not belong to this query',
      extensions: { code: 'INVALID_CURSOR' },
    });
  });
});
