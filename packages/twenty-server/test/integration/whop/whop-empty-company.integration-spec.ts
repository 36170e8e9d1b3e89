import { graphqlRequest } from 'test/integration/utils/graphql-request';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import {
  connectWhopThroughOAuth,
  runWhopSyncToEnd,
  waitForConnection,
} from 'test/integration/whop/utils/connect-whop-through-oauth';
import { readWorkspaceRows } from 'test/integration/whop/utils/read-workspace-rows';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

const SYNC_LOGS = `query L($id: ID!) {
  whopSyncLogs(connectionId: $id) {
    edges { node { type status issueCount counts { object created updated unchanged } } }
  }
}`;

// A seller who has just opened their Whop company: products, but no customer yet.
describe('Connect Whop for a company with no customers yet', () => {
  let stack: WhopTestStack;
  let seller: TestWorkspace;
  let connectionId: string;

  beforeAll(async () => {
    stack = await startWhopTestStack({ members: 0 });
    seller = await createTestWorkspace(stack.app, 'New seller');
  });

  afterAll(() => stack?.stop());

  it('syncs its products, and nothing else, then stays up to date', async () => {
    const productCount = stack.sandbox.state.products.all().length;

    expect(productCount).toBeGreaterThan(0);
    // Its only member is its owner, an admin: the company's team, not a customer.
    expect(stack.sandbox.state.members.all()).toEqual([
      expect.objectContaining({ accessLevel: 'admin' }),
    ]);
    connectionId = (await connectWhopThroughOAuth(stack.app, seller.token)).connectionId!;
    const synced = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (connection) => connection.syncStatus === 'ACTIVE' || connection.syncStage === 'FAILED',
    );

    expect(synced).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(synced.lastFullSyncAt).not.toBeNull();
    expect(await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct')).toHaveLength(
      productCount,
    );
    for (const object of ['opportunity', 'whopPayment', 'task', 'timelineActivity']) {
      expect(await readWorkspaceRows(stack.app, seller.workspaceId, object)).toEqual([]);
    }
    const people = await readWorkspaceRows<{ whopUserId: string | null }>(
      stack.app,
      seller.workspaceId,
      'person',
    );

    expect(people.filter(({ whopUserId }) => whopUserId !== null)).toEqual([]);

    const changes = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(changes).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    const logs = await graphqlRequest(stack.app, SYNC_LOGS, { id: connectionId }, seller.token);

    const none = { created: 0, updated: 0, unchanged: 0 };
    const runs = logs.data.whopSyncLogs.edges.map(({ node: { counts, ...run } }: any) => ({
      ...run,
      counts: Object.fromEntries(
        counts.map(({ object, ...count }: { object: string }) => [object, count]),
      ),
    }));

    expect(runs).toEqual([
      {
        type: 'incremental',
        status: 'success',
        issueCount: 0,
        counts: {
          whopProduct: { ...none, unchanged: productCount },
          person: none,
          opportunity: none,
          whopPayment: none,
        },
      },
      {
        type: 'full',
        status: 'success',
        issueCount: 0,
        counts: {
          whopProduct: { ...none, created: productCount },
          person: none,
          opportunity: none,
          whopPayment: none,
        },
      },
    ]);
  });
});
