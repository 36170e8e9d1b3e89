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
    edges {
      node {
        type status issueCount
        counts { object created updated unchanged }
        issues { level whopId message }
      }
    }
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
        issues: [],
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
        issues: [],
        counts: {
          whopProduct: { ...none, created: productCount },
          person: none,
          opportunity: none,
          whopPayment: none,
        },
      },
    ]);
  });

  it('sets aside a customer whose name the database cannot store, saying so, and imports the others', async () => {
    const { plan } = await stack.control('/plans', {
      productId: stack.sandbox.state.products.all()[0].id,
      planType: 'renewal',
      billingPeriod: 30,
      renewalPrice: 12,
      currency: 'usd',
    });
    // PostgreSQL stores no NUL character in text: this customer's records cannot be written.
    const refused = await stack.control('/members', {
      name: 'Ann\u0000 Lee',
      email: 'ann@example.com',
      planId: plan.id,
    });
    const accepted = await stack.control('/members', {
      name: 'Bob Ray',
      email: 'bob@example.com',
      planId: plan.id,
    });
    // A member without a user, on the page split to set the refused one aside: warned once.
    const gone = await stack.control('/members', { name: 'Gone Away', email: 'gone@example.com' });

    await stack.control(`/members/${gone.member.id}/account`, undefined, 'DELETE');

    const connection = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(connection).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    const whopIds = async (object: string, column: string) =>
      (await readWorkspaceRows(stack.app, seller.workspaceId, object))
        .map((row) => row[column])
        .filter((whopId) => whopId !== null);

    expect(await whopIds('person', 'whopMemberId')).toEqual([accepted.member.id]);
    expect(await whopIds('opportunity', 'whopMembershipId')).toEqual([accepted.membership.id]);
    expect(await whopIds('whopPayment', 'whopId')).toEqual([accepted.payment.id]);
    const logs = await graphqlRequest(stack.app, SYNC_LOGS, { id: connectionId }, seller.token);
    const [latest] = logs.data.whopSyncLogs.edges;
    const refusal = {
      level: 'error',
      message: 'Not saved: the database cannot store a character in it (such as a NUL character).',
    };

    expect(latest.node).toMatchObject({ type: 'incremental', status: 'partial', issueCount: 4 });
    expect(latest.node.issues).toHaveLength(4);
    expect(latest.node.issues).toEqual(
      expect.arrayContaining([
        { ...refusal, whopId: refused.member.id },
        { ...refusal, whopId: refused.membership.id },
        { ...refusal, whopId: refused.payment.id },
        expect.objectContaining({ level: 'warning', whopId: gone.member.id }),
      ]),
    );
  });

  it('estimates the steps of a full sync from the last full sync, one that set records aside too', async () => {
    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'FULL');
    const logs = await graphqlRequest(stack.app, SYNC_LOGS, { id: connectionId }, seller.token);
    const [partialFullSync] = logs.data.whopSyncLogs.edges;
    const people = partialFullSync.node.counts.find(
      ({ object }: { object: string }) => object === 'person',
    );

    expect(partialFullSync.node).toMatchObject({ type: 'full', status: 'partial' });
    expect(people.created + people.updated + people.unchanged).toBe(1);

    const next = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'FULL');

    // The first full sync, the last that set nothing aside, read no customer.
    expect(next.syncProgress.steps).toContainEqual(
      expect.objectContaining({ step: 'members', total: 1 }),
    );
  });
});
