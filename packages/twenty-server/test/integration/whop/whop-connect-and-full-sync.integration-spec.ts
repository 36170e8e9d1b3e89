import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { getAppScheduledJobsOwners } from 'src/app-scheduled-jobs-owners';
import { ReclassifyWhopPayments1765065600000 } from 'src/database/typeorm/core/migrations/1765065600000-reclassify-whop-payments';
import { QueueWorkerHeartbeatJob } from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';
import {
  getQueueToken,
  MessageQueue,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { BullQueueRegistry } from 'src/engine/core-modules/message-queue/services/bull-queue-registry.service';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { ScheduledJobsKeeper } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopIncrementalSyncJob } from 'src/modules/whop/jobs/whop-incremental-sync.job';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { WhopSyncService } from 'src/modules/whop/services/whop-sync.service';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import { getWhopSyncMinuteOffset } from 'src/modules/whop/utils/get-whop-sync-minute-offset.util';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';
import {
  connectWhopThroughOAuth,
  readWhopCompaniesStatus,
  runWhopSyncToEnd,
  triggerWhopSync,
  waitForConnection,
} from 'test/integration/whop/utils/connect-whop-through-oauth';
import { applyCoreMigration } from 'test/integration/whop/utils/apply-core-migration';
import {
  expectFollowUpTasksMatchWhop,
  expectOpportunitiesMatchWhop,
  expectPaymentsMatchWhop,
  expectPeopleMatchWhop,
  expectProductsMatchWhop,
  readWhopGroundTruth,
  splitDisplayName,
  toMicros,
  type WhopGroundTruth,
} from 'test/integration/whop/utils/expect-crm-matches-whop';
import { readWorkspaceRows } from 'test/integration/whop/utils/read-workspace-rows';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

describe('Connect Whop, then the full sync', () => {
  let stack: WhopTestStack;
  let seller: TestWorkspace;
  // Another workspace, there from the start, with a person who has the email of one of the
  // seller's customers.
  let other: TestWorkspace;
  let otherPersonBefore: any;
  let connectionId: string;
  let landing: URL;
  let truth: WhopGroundTruth;
  let linkedEmail: string;
  let existingPersonId: string;

  beforeAll(async () => {
    stack = await startWhopTestStack({ members: 60 });
    seller = await createTestWorkspace(stack.app, 'Seller');
    truth = await readWhopGroundTruth(stack);
    const emailCounts = new Map<string, number>();

    for (const member of truth.members) {
      const email = member.user?.email?.toLowerCase();

      if (email) emailCounts.set(email, (emailCounts.get(email) ?? 0) + 1);
    }
    linkedEmail = [...emailCounts].find(([, count]) => count === 1)![0];
    const created = await graphqlRequest(
      stack.app,
      `mutation P($email: String!) { createPerson(data: { firstName: "Known", lastName: "Customer", primaryEmail: $email }) { id } }`,
      { email: linkedEmail.toUpperCase() },
      seller.token,
    );

    existingPersonId = created.data.createPerson.id;
    other = await createTestWorkspace(stack.app, 'Other');
    await graphqlRequest(
      stack.app,
      `mutation P($email: String!) { createPerson(data: { firstName: "Other", lastName: "Seller's", primaryEmail: $email }) { id } }`,
      { email: linkedEmail },
      other.token,
    );
    [otherPersonBefore] = await readWorkspaceRows(stack.app, other.workspaceId, 'person');
  });

  afterAll(() => stack?.stop());

  // Every repeatable job of the Whop queue naming the connection, whatever its key (read from the
  // queue itself, not through the scheduler): a reconcile scheduled under another key shows here.
  const listSchedulesOfConnection = async () =>
    (await stack.app.get(BullQueueRegistry).open(MessageQueue.whopQueue).getJobSchedulers()).filter(
      (schedule) =>
        schedule.key.includes(connectionId) ||
        schedule.id?.includes(connectionId) ||
        schedule.template?.data?.connectionId === connectionId,
    );

  // Sync changes, its first read of `step` held 3 s by Whop: returns once the run is in that step.
  const startSyncOfChangesHeldIn = async (step: 'memberships' | 'payments') => {
    await stack.control('/faults', {
      routes: [{ match: `GET /api/v1/${step}*`, latencyMs: 3000, times: 1 }],
    });
    const trigger = await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(trigger.errors).toBeUndefined();
    await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_ONGOING' && c.syncProgress?.step === step,
    );
  };

  // A product made on Whop with a monthly plan of `price` dollars, and a customer on it, counted in
  // the ground truth (all but the product, left to the caller).
  const addCustomerOnNewProduct = async (
    productFields: { title: string; description: string },
    planTitle: string,
    price: number,
    customer: { name: string; email: string },
  ) => {
    const { product } = await stack.control('/products', productFields);
    const { plan } = await stack.control('/plans', {
      productId: product.id,
      title: planTitle,
      planType: 'renewal',
      billingPeriod: 30,
      initialPrice: price,
      renewalPrice: price,
      currency: 'usd',
    });
    const { member, membership, payment } = await stack.control('/members', {
      ...customer,
      planId: plan.id,
    });

    truth.members.push(member);
    truth.memberships.push(membership);
    if (payment) truth.payments.push(payment);

    return { product, plan, membership, payment };
  };

  // What the checks below rely on: if the seed stops making these, they would pass without them.
  it('is given a company with the cases the checks below rely on', () => {
    const substatuses = new Set(truth.payments.map((payment) => payment.substatus));
    const nameWords = truth.members.map((member) => splitDisplayName(member.user?.name)?.last);

    for (const substatus of ['succeeded', 'failed', 'pending', 'refunded', 'partially_refunded'])
      expect({ substatus, present: substatuses.has(substatus) }).toEqual({
        substatus,
        present: true,
      });
    expect(new Set(truth.payments.map((payment) => payment.currency)).size).toBeGreaterThan(1);
    // Whop leaves a payment's status null at times, its substatus still saying it went through.
    expect(
      truth.payments.some(
        (payment) => payment.status === null && payment.substatus === 'succeeded',
      ),
    ).toBe(true);
    expect(nameWords).toContain(undefined);
    expect(nameWords).toContain('');
    expect(truth.plans.some((plan) => plan.plan_type === 'one_time')).toBe(true);
    expect(
      new Set(truth.memberships.map((membership) => membership.status)).size,
    ).toBeGreaterThanOrEqual(4);
  });

  it('connects through the OAuth redirect flow and lands on the settings page', async () => {
    const connected = await connectWhopThroughOAuth(stack.app, seller.token);
    const id = connected.connectionId;

    landing = connected.landing;

    expect(landing.pathname).toBe('/settings/integrations/whop');
    expect(landing.searchParams.get('error')).toBeNull();
    expect(id).toBeTruthy();
    connectionId = id!;
  });

  it('registers the company webhook and completes the full sync', async () => {
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStatus === 'ACTIVE',
    );

    expect(connection).toMatchObject({
      status: 'active',
      syncStage: 'INCREMENTAL_PENDING',
      webhookRegistered: true,
      whopCompanyId: stack.sandbox.state.company.id,
      whopCompanyTitle: stack.sandbox.state.company.title,
    });
    expect(connection.lastFullSyncAt).not.toBeNull();
    expect(connection.syncProgress.step).toBeNull();
    // The last step computed every paid membership's state and every customer's totals.
    expect(connection.syncProgress.steps).toContainEqual({
      step: 'totals',
      processed:
        new Set(truth.payments.map((payment) => payment.membership.id)).size + truth.members.length,
      total: null,
    });
    expect(stack.sandbox.state.webhookEndpoints.all()[0].url).toBe(
      `${stack.serverUrl}/webhooks/whop/${connectionId}`,
    );
  });

  it('imports every product as a whopProduct', async () => {
    await expectProductsMatchWhop(stack.app, seller.workspaceId, truth);
  });

  it('imports every customer once, field by field, linking the person who already had their email', async () => {
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
    const linked = people.filter(
      (person) => person.emailsPrimaryEmail?.toLowerCase() === linkedEmail,
    );

    expect(linked).toHaveLength(1);
    expect(linked[0].id).toBe(existingPersonId);
    // The seller's own name and email for the person they already had stay; Whop's are kept
    // beside them.
    expect([linked[0].nameFirstName, linked[0].nameLastName]).toEqual(['Known', 'Customer']);
    expect(linked[0].emailsPrimaryEmail).toBe(linkedEmail.toUpperCase());
    expect(linked[0].whopUserId).not.toBeNull();
    await expectPeopleMatchWhop(stack.app, seller.workspaceId, truth, [existingPersonId]);
  });

  it("makes no person of the company's team: the owner, an admin, is not a customer", async () => {
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');

    expect(truth.team.map((member) => member.user.id)).toEqual([
      stack.sandbox.state.company.ownerUserId,
    ]);
    expect(people.filter((person) => person.whopUserId === truth.team[0].user.id)).toEqual([]);
  });

  it('imports every membership as an opportunity, field by field', async () => {
    await expectOpportunitiesMatchWhop(stack.app, seller.workspaceId, truth);
  });

  it('imports every payment with its exact amount and links, field by field', async () => {
    await expectPaymentsMatchWhop(stack.app, seller.workspaceId, truth);
  });

  it('opens one follow-up task per failing membership, due when Whop retries the charge', async () => {
    await expectFollowUpTasksMatchWhop(stack.app, seller.workspaceId, truth);
  });

  it('changes and duplicates nothing on a second full sync', async () => {
    // Every row the sync writes or links to, as stored, when it was last written included: a row
    // written again with the same values would show a new updatedAt.
    const snapshot = async () =>
      Promise.all(
        [
          'person',
          'opportunity',
          'whopProduct',
          'whopPayment',
          'timelineActivity',
          'task',
          'taskTarget',
          'note',
          'noteTarget',
        ].map(async (object) =>
          (await readWorkspaceRows(stack.app, seller.workspaceId, object)).sort((left, right) =>
            left.id.localeCompare(right.id),
          ),
        ),
      );
    const before = await snapshot();

    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'FULL');
    const after = await snapshot();
    const logs = await graphqlRequest(
      stack.app,
      `query L($id: ID!) { whopSyncLogs(connectionId: $id, first: 1) { edges { node { type status counts { object created updated unchanged } } } } }`,
      { id: connectionId },
      seller.token,
    );
    const lastRun = logs.data.whopSyncLogs.edges[0].node;
    const unchangedCounts = (object: string, total: number) => ({
      object,
      created: 0,
      updated: 0,
      unchanged: total,
    });

    expect(after).toEqual(before);
    expect(lastRun).toMatchObject({ type: 'full', status: 'success' });
    // Every record read again, each counted once as unchanged.
    expect([...lastRun.counts].sort((a: any, b: any) => a.object.localeCompare(b.object))).toEqual([
      unchangedCounts('opportunity', truth.memberships.length),
      unchangedCounts('person', truth.members.filter((member) => member.user).length),
      unchangedCounts('whopPayment', truth.payments.length),
      unchangedCounts('whopProduct', truth.products.length),
    ]);
  });

  it('shows a second workspace none of it, and writes nothing there', async () => {
    const dataSource = stack.app.get(DataSource);
    const response = await graphqlRequest(
      stack.app,
      `{ whopConnections { id } people { totalCount } opportunities { totalCount } whopProducts { totalCount } whopPayments { totalCount } }`,
      {},
      other.token,
    );
    const foreign = await graphqlRequest(
      stack.app,
      `query C($id: ID!) { whopConnection(id: $id) { id } }`,
      { id: connectionId },
      other.token,
    );

    expect(response.data).toEqual({
      whopConnections: [],
      people: { totalCount: 1 },
      opportunities: { totalCount: 0 },
      whopProducts: { totalCount: 0 },
      whopPayments: { totalCount: 0 },
    });
    // Its person with the email of one of the seller's customers was neither linked nor changed,
    // and none of the sync's rows landed in its tables.
    expect(await readWorkspaceRows(stack.app, other.workspaceId, 'person')).toEqual([
      otherPersonBefore,
    ]);
    for (const object of ['opportunity', 'whopProduct', 'whopPayment', 'timelineActivity', 'task'])
      expect({
        object,
        rows: await readWorkspaceRows(stack.app, other.workspaceId, object),
      }).toEqual({ object, rows: [] });
    for (const table of ['whopConnection', 'whopSyncLog'])
      expect(
        await dataSource.query(`SELECT id FROM core."${table}" WHERE "workspaceId" = $1`, [
          other.workspaceId,
        ]),
      ).toEqual([]);
    expect(foreign.errors?.[0].extensions?.code).toBe('CONNECTION_NOT_FOUND');
    for (const operation of [
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { totalCount } }`,
      `mutation T($id: ID!) { triggerWhopSync(id: $id, type: FULL) { id } }`,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { id } }`,
      `mutation C($id: ID!) { connectWhop(connectionId: $id) { authorizeUrl } }`,
    ]) {
      const refused = await graphqlRequest(stack.app, operation, { id: connectionId }, other.token);

      expect({ operation, code: refused.errors?.[0].extensions?.code }).toEqual({
        operation,
        code: 'CONNECTION_NOT_FOUND',
      });
    }
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({ status: 'active', syncStage: 'INCREMENTAL_PENDING' });
  });

  it('never shows the browser a token or a secret', async () => {
    const connection = await stack.app
      .get(DataSource)
      .getRepository(WhopConnection)
      .findOneByOrFail({ id: connectionId });
    const encryption = stack.app.get(SecretEncryptionService);
    const secrets = [
      encryption.decryptOrNull(connection.accessToken, seller.workspaceId),
      encryption.decryptOrNull(connection.refreshToken, seller.workspaceId),
      encryption.decryptOrNull(connection.webhookSecret, seller.workspaceId),
      stack.sandbox.state.webhookEndpoints.all()[0].secret,
      'integration-secret',
    ];
    const schema = await graphqlRequest(
      stack.app,
      `{ __schema { types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
      {},
      seller.token,
    );
    const types = new Map<string, any>(
      schema.data.__schema.types.map((type: any) => [type.name, type]),
    );
    const namedType = (type: any): any => (type.ofType ? namedType(type.ofType) : type);
    // Every field of a type, to three levels down.
    const selectAll = (typeName: string, depth: number): string =>
      types
        .get(typeName)
        .fields.map((field: any) => {
          const named = namedType(field.type);

          if (named.kind !== 'OBJECT') return field.name;

          return depth > 0 ? `${field.name} { ${selectAll(named.name, depth - 1)} }` : '';
        })
        .join(' ');
    const whopTypes = [...types.keys()].filter((name) => /whop/i.test(name));
    const connectWhopResult = namedType(
      types.get('Mutation').fields.find((field: any) => field.name === 'connectWhop').type,
    ).name;
    const answers = await Promise.all(
      [
        `{ whopConnections { ${selectAll('WhopConnection', 3)} } }`,
        `query L($id: ID!) { whopSyncLogs(connectionId: $id) { edges { node { ${selectAll('WhopSyncLog', 3)} } } } }`,
        `mutation C($id: ID!) { connectWhop(connectionId: $id) { ${selectAll(connectWhopResult, 3)} } }`,
      ].map((query) => graphqlRequest(stack.app, query, { id: connectionId }, seller.token)),
    );
    const shown = JSON.stringify(answers) + landing.toString();

    expect(secrets.every((secret) => typeof secret === 'string' && secret.length > 8)).toBe(true);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[0].data.whopConnections).toHaveLength(1);
    expect(whopTypes.length).toBeGreaterThan(3);
    for (const name of whopTypes)
      for (const field of types.get(name).fields ?? [])
        expect(`${name}.${field.name}`).not.toMatch(/token|secret/i);
    for (const secret of secrets) expect(shown.includes(secret!)).toBe(false);
  });

  it("lists the seller's products and payments like any record, filtered and paged", async () => {
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
    const buyer = truth.payments[0].user.id;
    const personId = people.find((person) => person.whopUserId === buyer).id;
    const products = await graphqlRequest(
      stack.app,
      `{ whopProducts(orderBy: [{ field: whopCreatedAt, direction: AscNullsLast }]) { totalCount edges { node { whopId name } } } }`,
      {},
      seller.token,
    );
    const query = `query P($after: String, $filter: WhopPaymentFilterInput) {
      whopPayments(first: 2, after: $after, filter: $filter, orderBy: [{ field: whopCreatedAt, direction: AscNullsLast }]) {
        totalCount edges { node { whopId personId amount { amountMicros currencyCode } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const readPages = async (filter: object) => {
      const nodes: any[] = [];
      let after: string | null = null;

      do {
        const page: any = (await graphqlRequest(stack.app, query, { after, filter }, seller.token))
          .data.whopPayments;

        nodes.push(...page.edges.map((edge: any) => edge.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);

      return nodes;
    };
    const buyersPayments = truth.payments
      .filter((payment) => payment.user?.id === buyer)
      .sort((left, right) => Date.parse(left.created_at) - Date.parse(right.created_at));

    expect(products.errors).toBeUndefined();
    expect(products.data.whopProducts.totalCount).toBe(truth.products.length);
    expect(products.data.whopProducts.edges.map(({ node }: any) => node)).toEqual(
      [...truth.products]
        .sort((left, right) => Date.parse(left.created_at) - Date.parse(right.created_at))
        .map((product) => ({ whopId: product.id, name: product.title })),
    );
    expect(buyersPayments.length).toBeGreaterThan(2);
    expect(await readPages({ personId: { eq: personId } })).toEqual(
      buyersPayments.map((payment) => ({
        whopId: payment.id,
        personId,
        amount: {
          amountMicros: toMicros(payment.total),
          currencyCode: payment.currency.toUpperCase(),
        },
      })),
    );
  });

  it('refuses a second sync while one runs, with a message the seller can act on', async () => {
    const lock = await stack.app.get(WhopSyncLockService).tryAcquire(connectionId);

    expect(lock).not.toBeNull();
    try {
      const response = await graphqlRequest(
        stack.app,
        `mutation T($id: ID!) { triggerWhopSync(id: $id, type: INCREMENTAL) { id } }`,
        { id: connectionId },
        seller.token,
      );

      expect(response.errors?.[0]).toMatchObject({
        message: 'A sync is already running for this connection. Wait for it to finish.',
        extensions: { code: 'SYNC_ALREADY_RUNNING' },
      });
    } finally {
      await lock?.release();
    }
  });

  // What the settings page tells a sync that stopped moving (its worker gone) by: the connection is
  // written as the run moves on, and not while it is stuck.
  it('shows when the running sync last moved', async () => {
    await startSyncOfChangesHeldIn('payments');
    const stuck = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      (await waitForConnection(stack.app, seller.token, connectionId, () => true)).updatedAt,
    ).toBe(stuck.updatedAt);
    const done = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_PENDING',
    );

    expect(Date.parse(done.updatedAt)).toBeGreaterThan(Date.parse(stuck.updatedAt));
  });

  // A run between two attempts holds no lock: its job waits in the queue (delayed) to try again,
  // and resumes from its checkpoint. The run last wrote its connection minutes ago, so only its
  // waiting job tells it is alive.
  it('refuses a sync of either kind while a run waits to try again, keeping its checkpoint', async () => {
    const dataSource = stack.app.get(DataSource);
    const connections = dataSource.getRepository(WhopConnection);
    const resting = await connections.findOneByOrFail({ id: connectionId });
    const checkpoint = { members: null, memberships: 'cursor-of-the-last-page-written' };
    const retry = await stack.app
      .get(BullQueueRegistry)
      .open(MessageQueue.whopQueue)
      .add('WhopFullSyncJob', { connectionId }, { delay: 600_000, jobId: randomUUID() });
    const setStage = async (syncStage: 'FULL_SYNC_ONGOING' | 'INCREMENTAL_ONGOING') => {
      await connections.update(connectionId, {
        syncStatus: 'ONGOING',
        syncStage,
        syncCursors: checkpoint,
        syncProgress: { ...resting.syncProgress!, jobId: retry.id!, runId: randomUUID() },
      });
      await dataSource.query(
        `UPDATE core."whopConnection" SET "updatedAt" = now() - interval '10 minutes' WHERE id = $1`,
        [connectionId],
      );
    };

    try {
      await setStage('FULL_SYNC_ONGOING');
      for (const type of ['FULL', 'INCREMENTAL'] as const) {
        const response = await triggerWhopSync(stack.app, seller.token, connectionId, type);

        expect(response.errors?.[0].extensions?.code).toBe('SYNC_ALREADY_RUNNING');
      }
      expect(await connections.findOneByOrFail({ id: connectionId })).toMatchObject({
        syncStage: 'FULL_SYNC_ONGOING',
        syncCursors: checkpoint,
      });
      await setStage('INCREMENTAL_ONGOING');
      expect(
        (await triggerWhopSync(stack.app, seller.token, connectionId, 'FULL')).errors?.[0]
          .extensions?.code,
      ).toBe('SYNC_ALREADY_RUNNING');
    } finally {
      await retry.remove();
      await connections.update(connectionId, {
        syncStatus: resting.syncStatus,
        syncStage: resting.syncStage,
        syncCursors: resting.syncCursors,
        syncProgress: resting.syncProgress,
      });
    }
  });

  it('schedules the hourly reconcile once, however often the server starts', async () => {
    const scheduler = stack.app.get(WhopSyncSchedulerService);

    await scheduler.scheduleAllActiveReconciles();
    await scheduler.scheduleAllActiveReconciles();
    const schedules = await listSchedulesOfConnection();

    expect(schedules).toHaveLength(1);
    expect(schedules[0]).toMatchObject({
      name: WhopIncrementalSyncJob.name,
      template: { data: { connectionId } },
    });
    expect(await scheduler.countReconcileSchedules(connectionId)).toBe(1);
  });

  it('brings a product edited on Whop in with the reconcile, a cleared description included', async () => {
    const [product] = truth.products.filter((candidate) => candidate.description !== null);
    await stack.control(
      `/products/${product.id}`,
      { title: 'Renamed', description: null },
      'PATCH',
    );
    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const products = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct');

    expect(products.find((row) => row.whopId === product.id)).toMatchObject({
      name: 'Renamed',
      description: null,
    });
  });

  it('announces no total for the payments a run of changes reads (it reads only what changed)', async () => {
    const connection = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const totals = Object.fromEntries(
      connection.syncProgress.steps.map(({ step, total }: { step: string; total: number }) => [
        step,
        total,
      ]),
    );

    expect(totals).toMatchObject({
      products: truth.products.length,
      memberships: truth.memberships.length,
      payments: null,
    });
  });

  it('reads by id the product and plan a new membership is on, created after the run listed them', async () => {
    // The memberships listing waits, so the product, its plan and its first member arrive after
    // the products and plans steps.
    await startSyncOfChangesHeldIn('memberships');
    const { product, plan, membership } = await addCustomerOnNewProduct(
      { title: 'Founders Club', description: 'For the first hundred' },
      'Founders',
      49,
      { name: 'Fay Founder', email: 'fay@example.com' },
    );

    truth.products.push(product);
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_PENDING',
    );
    const opportunities = await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity');
    const products = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct');
    const opportunity = opportunities.find((row) => row.whopMembershipId === membership.id);

    expect(opportunity).toMatchObject({
      name: 'Founders Club — Founders',
      amountAmountMicros: '49000000',
      whopPlanId: plan.id,
      whopMrrAmountMicros: '49000000',
    });
    expect(products.find((row) => row.id === opportunity.whopProductId)).toMatchObject({
      whopId: product.id,
      name: 'Founders Club',
      description: 'For the first hundred',
    });
    expect(connection.syncProgress.warnings).toBe(0);
    // The run's history counts the product it read by id among those it wrote.
    const [{ counts }] = await stack.app.get(DataSource).query(
      `SELECT "counts" FROM core."whopSyncLog" WHERE "connectionId" = $1
         ORDER BY "startedAt" DESC LIMIT 1`,
      [connectionId],
    );

    expect(counts.whopProduct).toEqual({
      created: 1,
      updated: 0,
      unchanged: truth.products.length - 1,
    });
  });

  // PostgreSQL stores no NUL character in text. Read by id while the memberships on it were
  // written, the product is set aside as a listed one would be, and they are written without it.
  it('sets aside a product read by id that the database cannot store, and imports its memberships', async () => {
    await startSyncOfChangesHeldIn('memberships');
    const { product, plan, membership, payment } = await addCustomerOnNewProduct(
      { title: 'Night Owls', description: 'Late\u0000 shows' },
      'Owl',
      9,
      { name: 'Olive Owl', email: 'olive@example.com' },
    );
    const connection = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_PENDING',
    );

    expect(connection).toMatchObject({ syncStatus: 'ACTIVE', lastSyncError: null });
    expect(
      (await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity')).find(
        (row) => row.whopMembershipId === membership.id,
      ),
    ).toMatchObject({ whopPlanId: plan.id, whopProductId: null });
    const [log] = await stack.app.get(DataSource).query(
      `SELECT "status", "issues" FROM core."whopSyncLog" WHERE "connectionId" = $1
         ORDER BY "startedAt" DESC LIMIT 1`,
      [connectionId],
    );

    expect(log.status).toBe('partial');
    expect(log.issues).toEqual([
      {
        level: 'error',
        whopId: product.id,
        message:
          'Not saved: the database cannot store a character in it (such as a NUL character).',
      },
      {
        level: 'warning',
        whopId: membership.id,
        message: `Product ${product.id} is not synced yet: the opportunity has no product.`,
      },
      ...(payment
        ? [
            {
              level: 'warning',
              whopId: payment.id,
              message: `Product ${product.id} is not synced yet: the payment has no product.`,
            },
          ]
        : []),
    ]);

    // Fixed on Whop, it comes in with the next run, which links its membership.
    const { product: fixed } = await stack.control(
      `/products/${product.id}`,
      { description: 'Late shows' },
      'PATCH',
    );

    truth.products.push(fixed);
    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    expect(
      (await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity')).find(
        (row) => row.whopMembershipId === membership.id,
      ).whopProductId,
    ).not.toBeNull();
  });

  it('keeps a customer who deletes their Whop account as they were, with their membership and payment', async () => {
    // A plan with no title: the opportunity is named after its member.
    const { plan } = await stack.control('/plans', {
      productId: truth.products[0].id,
      planType: 'renewal',
      billingPeriod: 30,
      renewalPrice: 12,
      currency: 'usd',
    });
    const { member, membership, payment } = await stack.control('/members', {
      name: 'Dana Gone',
      email: 'dana@example.com',
      phone: '+15555550123',
      planId: plan.id,
    });

    truth.members.push(member);
    truth.memberships.push(membership);
    truth.payments.push(payment);
    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const readCustomer = async () => {
      const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
      const person = people.find((row) => row.whopMemberId === member.id);

      return {
        person,
        opportunity: (await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity')).find(
          (row) => row.whopMembershipId === membership.id,
        ),
        payment: (await readWorkspaceRows(stack.app, seller.workspaceId, 'whopPayment')).find(
          (row) => row.whopId === payment.id,
        ),
      };
    };
    const before = await readCustomer();

    expect(before.person).toMatchObject({
      nameFirstName: 'Dana',
      nameLastName: 'Gone',
      emailsPrimaryEmail: 'dana@example.com',
      whopUserId: member.user.id,
    });
    expect(before.opportunity).toMatchObject({
      name: expect.stringMatching(/ — Dana Gone$/),
      pointOfContactId: before.person.id,
      whopUserId: member.user.id,
    });
    expect(before.payment).toMatchObject({ personId: before.person.id });

    await stack.control(`/members/${member.id}/account`, undefined, 'DELETE');
    member.user = null;
    membership.user = null;
    payment.user = null;
    const connection = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    const after = await readCustomer();

    expect(after.person).toEqual({ ...before.person, whopSyncedAt: after.person.whopSyncedAt });
    expect(after.opportunity).toEqual({
      ...before.opportunity,
      whopUpdatedAt: after.opportunity.whopUpdatedAt,
      whopSyncedAt: after.opportunity.whopSyncedAt,
      updatedAt: after.opportunity.updatedAt,
    });
    expect(after.payment).toEqual({
      ...before.payment,
      whopUpdatedAt: after.payment.whopUpdatedAt,
      updatedAt: after.payment.updatedAt,
    });
    const [{ issues }] = await stack.app.get(DataSource).query(
      `SELECT "issues" FROM core."whopSyncLog" WHERE "connectionId" = $1
         ORDER BY "startedAt" DESC LIMIT 1`,
      [connectionId],
    );

    expect(connection.syncStatus).toBe('ACTIVE');
    expect(issues).toEqual([
      {
        level: 'warning',
        whopId: member.id,
        message:
          'Whop gives this member no user (a deleted account): a person synced before is kept as it was, none is created.',
      },
    ]);

    // Its product renamed on Whop, the opportunity follows it and keeps its member's name.
    await stack.control(`/products/${membership.product.id}`, { title: 'Chess Club' }, 'PATCH');
    await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect((await readCustomer()).opportunity.name).toBe('Chess Club — Dana Gone');
  });

  it('reads a payment changed on a Whop whose clock is ten minutes behind ours', async () => {
    const paid = truth.payments.find(
      (payment) => payment.status === 'paid' && payment.substatus === 'succeeded',
    );

    await stack.control('/clock', { advanceSeconds: -600 });
    try {
      await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
      // Refunded just after that run, which is ten minutes before it by Whop's clock.
      await stack.control(`/payments/${paid.id}/refund`, {});
      await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');
    } finally {
      await stack.control('/clock', { advanceSeconds: 600 });
    }
    const payments = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopPayment');

    expect(payments.find((row) => row.whopId === paid.id)).toMatchObject({
      substatus: 'refunded',
      refundedAmountAmountMicros: toMicros(paid.total),
    });
  });

  it('reads every payment again at the reconcile after a migration that reclassifies payments', async () => {
    await applyCoreMigration(stack.app, new ReclassifyWhopPayments1765065600000());
    const connection = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(
      connection.syncProgress.steps.find(({ step }: { step: string }) => step === 'payments')
        .processed,
    ).toBe(truth.payments.length);
  });

  // A deploy whose migration resets where the reconcile reads payments from, while an older worker's
  // run of changes is under way: that run's end must not move it on again.
  it('keeps a migration reset that lands while a run of changes goes on', async () => {
    const dataSource = stack.app.get(DataSource);
    const readPaymentsUpdatedAfter = async (): Promise<Date | null> =>
      (await dataSource.getRepository(WhopConnection).findOneByOrFail({ id: connectionId }))
        .paymentsUpdatedAfter;

    expect(await readPaymentsUpdatedAfter()).not.toBeNull();
    await startSyncOfChangesHeldIn('payments');
    await applyCoreMigration(stack.app, new ReclassifyWhopPayments1765065600000());
    await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (c) => c.syncStage === 'INCREMENTAL_PENDING',
    );

    expect(await readPaymentsUpdatedAfter()).toBeNull();
    const next = await runWhopSyncToEnd(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(
      next.syncProgress.steps.find(({ step }: { step: string }) => step === 'payments').processed,
    ).toBe(truth.payments.length);
    expect(await readPaymentsUpdatedAfter()).not.toBeNull();
  });

  // What a Redis that keeps nothing on disk forgets when it restarts. The keeper checks every 200 ms
  // from here on, through the disconnect below, which it must not undo.
  it('puts back what the queue lost: the reconcile, the worker heartbeat, a queued full sync', async () => {
    const scheduler = stack.app.get(WhopSyncSchedulerService);
    const cronQueue = stack.app.get<MessageQueueService>(getQueueToken(MessageQueue.cronQueue));
    const before = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    await stack.workers.splice(0)[0].stop();
    const triggeredAt = Date.now();
    const trigger = await triggerWhopSync(stack.app, seller.token, connectionId, 'FULL');
    const queued = await waitForConnection(stack.app, seller.token, connectionId, () => true);

    expect(trigger.errors).toBeUndefined();
    expect(trigger.data.triggerWhopSync.syncStage).toBe('FULL_SYNC_PENDING');
    expect(queued.syncStage).toBe('FULL_SYNC_PENDING');
    // Sync changes is refused meanwhile: nothing holds the lock, but it would not run.
    const changes = await triggerWhopSync(stack.app, seller.token, connectionId, 'INCREMENTAL');

    expect(changes.errors?.[0]).toMatchObject({
      message:
        'A full sync is waiting to start or under way for this connection: it brings in everything Sync changes would.',
      extensions: { code: 'SYNC_ALREADY_RUNNING' },
    });
    expect(Date.parse(queued.fullSyncQueuedAt)).toBeGreaterThanOrEqual(triggeredAt);
    // Queued ten minutes ago: one queued a moment ago is left to Connect, which may still queue it.
    await stack.app
      .get(DataSource)
      .query(
        `UPDATE core."whopConnection" SET "syncStageStartedAt" = now() - interval '10 minutes' WHERE id = $1`,
        [connectionId],
      );
    await stack.app.get(RedisClientService).getClient().flushdb();
    expect(await scheduler.isReconcileScheduled(connectionId)).toBe(false);
    // A scheduled reconcile coming first leaves the full sync asked for waiting.
    await stack.app.get(WhopSyncService).run(connectionId, 'incremental', {
      jobId: 'reconcile',
      number: 1,
      isLast: true,
      retryDelayMs: null,
    });
    expect(
      await waitForConnection(stack.app, seller.token, connectionId, () => true),
    ).toMatchObject({
      syncStage: 'FULL_SYNC_PENDING',
      lastIncrementalSyncAt: before.lastIncrementalSyncAt,
    });
    expect(await cronQueue.listCronIds()).not.toContain(QueueWorkerHeartbeatJob.name);

    stack.app.get(ScheduledJobsKeeper).keep(getAppScheduledJobsOwners(stack.app), 200);
    await stack.startWorker();
    const after = await waitForConnection(
      stack.app,
      seller.token,
      connectionId,
      (connection) =>
        connection.syncStatus === 'ACTIVE' && connection.lastFullSyncAt !== before.lastFullSyncAt,
    );

    expect(after).toMatchObject({ syncStage: 'INCREMENTAL_PENDING', fullSyncQueuedAt: null });
    expect(await scheduler.countReconcileSchedules(connectionId)).toBe(1);
    expect(await cronQueue.listCronIds()).toContain(QueueWorkerHeartbeatJob.name);
  });

  it('disconnects: revokes, stops the schedule, keeps the records', async () => {
    const scheduler = stack.app.get(WhopSyncSchedulerService);

    expect(await scheduler.isReconcileScheduled(connectionId)).toBe(true);
    const scheduled = await graphqlRequest(
      stack.app,
      `query C($id: ID!) { whopConnection(id: $id) { nextScheduledSyncAt syncIntervalMinutes readAt } }`,
      { id: connectionId },
      seller.token,
    );
    const readAgoMs = Date.now() - Date.parse(scheduled.data.whopConnection.readAt);

    // When the answer was read: what the page says its figures are as of, once its reads fail.
    expect(readAgoMs).toBeGreaterThanOrEqual(0);
    expect(readAgoMs).toBeLessThan(5_000);
    const nextScheduledSyncAt = Date.parse(scheduled.data.whopConnection.nextScheduledSyncAt);
    const accessToken = await stack.app.get(WhopTokenService).getAccessToken(connectionId);
    const readCompaniesStatus = () => readWhopCompaniesStatus(stack.sandbox.url, accessToken);

    expect(await readCompaniesStatus()).toBe(200);

    expect(scheduled.data.whopConnection.syncIntervalMinutes).toBe(60);

    // The queue's own schedule: within the coming hour, at the connection's own minute (the default
    // interval is an hour; at that minute the queue may still show the run just due).
    expect([
      new Date(nextScheduledSyncAt).getMinutes(),
      new Date(nextScheduledSyncAt).getSeconds(),
    ]).toEqual([getWhopSyncMinuteOffset(connectionId), 0]);
    expect(nextScheduledSyncAt - Date.now()).toBeGreaterThan(-60_000);
    expect(nextScheduledSyncAt - Date.now()).toBeLessThanOrEqual(3_600_000);
    const response = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status nextScheduledSyncAt } }`,
      { id: connectionId },
      seller.token,
    );

    expect(response.data.disconnectWhop).toEqual({ status: 'revoked', nextScheduledSyncAt: null });
    // Long enough for the keeper started above to check twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await listSchedulesOfConnection()).toEqual([]);
    expect(
      (
        await stack.app
          .get(BullQueueRegistry)
          .open(MessageQueue.whopQueue)
          .getJobs(['waiting', 'delayed', 'prioritized', 'active'])
      ).filter((job) => job.data?.connectionId === connectionId),
    ).toEqual([]);
    expect(stack.sandbox.state.webhookEndpoints.all()).toHaveLength(0);
    // The grant is revoked on Whop: its tokens no longer read anything.
    expect(await readCompaniesStatus()).toBe(401);
    expect((await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity')).length).toBe(
      truth.memberships.length,
    );
  });

  it('removes a reconcile left for a disconnected connection', async () => {
    const scheduler = stack.app.get(WhopSyncSchedulerService);
    const connection = await stack.app
      .get(DataSource)
      .getRepository(WhopConnection)
      .findOneByOrFail({ id: connectionId });

    const keeper = stack.app.get(ScheduledJobsKeeper);

    // As a server stopped in the middle of Disconnect leaves it, the keeper paused meanwhile (it
    // could remove the reconcile before it is seen; a check already under way is let finish),
    // then checking every 200 ms again.
    keeper.onApplicationShutdown();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await scheduler.scheduleReconcile(connection);
    expect(await listSchedulesOfConnection()).toHaveLength(1);
    keeper.keep(getAppScheduledJobsOwners(stack.app), 200);
    const deadline = Date.now() + 10_000;

    while ((await listSchedulesOfConnection()).length > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await listSchedulesOfConnection()).toEqual([]);
  });
});
