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
import { listAll, readWorkspaceRows } from 'test/integration/whop/utils/read-workspace-rows';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

const toDateOrNull = (value: string | null): Date | null => (value ? new Date(value) : null);

// Memberships the customer holds: only these are shown payment_failed, have MRR and count as a
// person's active memberships.
const HELD_MEMBERSHIP_STATUSES = ['active', 'trialing', 'canceling', 'past_due'];

// The expectations below are worked out from Whop's data alone, not with the server's mapping
// code, so that a mistake there cannot agree with itself. The sandbox's substatus is its payment's
// outcome: succeeded, failed, pending, refunded or partially_refunded.
const PAID_SUBSTATUSES = ['succeeded', 'refunded', 'partially_refunded'];

// Major units → micros, as a decimal string: Whop's amounts have at most two decimals.
const toMicros = (amount: number): string => BigInt(amount.toFixed(6).replace('.', '')).toString();

const toMicrosOrNull = (amount: number | null): string | null =>
  amount === null ? null : toMicros(amount);

// The first word of a display name, and the rest.
const splitDisplayName = (name: string | null): { first: string; last: string } | null => {
  const words = name?.trim().split(/\s+/).filter(Boolean) ?? [];

  return words.length === 0 ? null : { first: words[0], last: words.slice(1).join(' ') };
};

// A renewal plan's price over 30 days, rounded half up to the micro; 0 for a one-time plan.
const expectPlanMrrMicros = (plan: any): string => {
  if (plan.plan_type !== 'renewal') return '0';
  const periodDays = BigInt(plan.billing_period);

  return ((BigInt(toMicros(plan.renewal_price)) * 60n + periodDays) / (2n * periodDays)).toString();
};

// What a person's payments leave the seller per currency, net of refunds.
const expectLifetimeValues = (payments: any[]): Record<string, string> => {
  const totals: Record<string, bigint> = {};

  for (const payment of payments.filter((candidate) =>
    PAID_SUBSTATUSES.includes(candidate.substatus),
  )) {
    const currency = payment.currency.toUpperCase();

    totals[currency] =
      (totals[currency] ?? 0n) +
      BigInt(toMicros(payment.total)) -
      BigInt(toMicros(payment.refunded_amount ?? 0));
  }

  return Object.fromEntries(Object.entries(totals).map(([code, micros]) => [code, `${micros}`]));
};

// The one value a person shows: USD when they paid in it, else the largest.
const pickDisplayedValue = (values: Record<string, string>): [string, string] | undefined =>
  values.USD !== undefined
    ? ['USD', values.USD]
    : Object.entries(values).sort(([leftCode, left], [rightCode, right]) =>
        BigInt(right) === BigInt(left)
          ? leftCode.localeCompare(rightCode)
          : BigInt(right) > BigInt(left)
            ? 1
            : -1,
      )[0];

// Each membership's latest payment on Whop, by created_at then id (as the server orders them).
const findLatestPayments = (payments: any[]): Map<string, any> => {
  const latest = new Map<string, any>();

  for (const payment of payments) {
    const current = latest.get(payment.membership.id);

    if (
      !current ||
      Date.parse(payment.created_at) - Date.parse(current.created_at) > 0 ||
      (payment.created_at === current.created_at && payment.id > current.id)
    )
      latest.set(payment.membership.id, payment);
  }

  return latest;
};

// The whopMembershipStatus a first full sync gives each membership, from Whop's data alone:
// payment_failed while the customer holds the membership and its latest payment failed, otherwise
// Whop's status.
const expectMembershipStatuses = (truth: {
  memberships: any[];
  payments: any[];
}): Map<string, string> => {
  const latestPayments = findLatestPayments(truth.payments);

  return new Map(
    truth.memberships.map((membership) => {
      const latest = latestPayments.get(membership.id);
      const failed = latest?.substatus === 'failed';

      return [
        membership.id,
        failed && HELD_MEMBERSHIP_STATUSES.includes(membership.status)
          ? 'payment_failed'
          : membership.status,
      ];
    }),
  );
};

describe('Connect Whop, then the full sync', () => {
  let stack: WhopTestStack;
  let seller: TestWorkspace;
  let connectionId: string;
  let truth: {
    products: any[];
    plans: any[];
    // The customers among Whop's members; the company's team (its admins) apart.
    members: any[];
    team: any[];
    memberships: any[];
    payments: any[];
  };
  let linkedEmail: string;
  let existingPersonId: string;

  beforeAll(async () => {
    stack = await startWhopTestStack({ members: 60 });
    seller = await createTestWorkspace(stack.app, 'Seller');
    const whop = stack.groundTruth();
    const companyId = stack.sandbox.state.company.id;

    const members = await listAll(
      whop.members.list({ company_id: companyId, first: 100 } as never),
    );

    truth = {
      products: await Promise.all(
        (await listAll(whop.products.list({ account_id: companyId, first: 100 }))).map((product) =>
          whop.products.retrieve(product.id),
        ),
      ),
      plans: await listAll(whop.plans.list({ account_id: companyId, first: 100 } as never)),
      members: members.filter((member) => member.access_level !== 'admin'),
      team: members.filter((member) => member.access_level === 'admin'),
      memberships: await listAll(whop.memberships.list({ company_id: companyId, first: 100 })),
      payments: await listAll(whop.payments.list({ company_id: companyId, first: 100 } as never)),
    };
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
  });

  afterAll(() => stack?.stop());

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

  it('connects through the OAuth redirect flow and lands on the settings page', async () => {
    const { landing, connectionId: id } = await connectWhopThroughOAuth(stack.app, seller.token);

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
    const products = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct');

    expect(products).toHaveLength(truth.products.length);
    for (const product of truth.products) {
      expect(products.find((row) => row.whopId === product.id)).toMatchObject({
        name: product.title,
        description: product.description,
        visibility: product.visibility,
        memberCount: product.member_count,
        whopCreatedAt: new Date(product.created_at),
        whopUpdatedAt: new Date(product.updated_at),
      });
    }
  });

  it('imports every customer once, field by field, linking the person who already had their email', async () => {
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
    const whopPeople = people.filter((person) => person.whopUserId);
    const membersWithUser = truth.members.filter((member) => member.user);

    expect(new Set(whopPeople.map((person) => person.whopUserId))).toEqual(
      new Set(membersWithUser.map((member) => member.user.id)),
    );
    expect(whopPeople).toHaveLength(membersWithUser.length);
    const linked = people.filter(
      (person) => person.emailsPrimaryEmail?.toLowerCase() === linkedEmail,
    );

    expect(linked).toHaveLength(1);
    expect(linked[0].id).toBe(existingPersonId);
    // The seller's own name and email for the person they already had stay; Whop's are kept
    // beside them.
    expect([linked[0].nameFirstName, linked[0].nameLastName]).toEqual(['Known', 'Customer']);
    expect(linked[0].emailsPrimaryEmail).toBe(linkedEmail.toUpperCase());
    for (const member of membersWithUser) {
      const person = whopPeople.find((row) => row.whopUserId === member.user.id);
      const whopName = splitDisplayName(member.user.name);
      const lifetimeValues = expectLifetimeValues(
        truth.payments.filter((payment) => payment.user?.id === member.user.id),
      );
      const [displayedCurrency, displayedMicros] = pickDisplayedValue(lifetimeValues) ?? [
        null,
        null,
      ];

      expect({ member: member.id, ...person }).toMatchObject({
        member: member.id,
        whopMemberId: member.id,
        whopUsername: member.user.username,
        whopNameFirstName: whopName?.first ?? null,
        whopNameLastName: whopName?.last ?? null,
        whopEmail: member.user.email?.toLowerCase() ?? null,
        whopPhone: member.phone ?? null,
        phonesPrimaryPhoneNumber: member.phone ?? null,
        whopProfilePicUrl: null,
        whopCreatedAt: new Date(member.created_at),
        whopLifetimeValues: lifetimeValues,
        whopLifetimeValueAmountMicros: displayedMicros,
        whopLifetimeValueCurrencyCode: displayedCurrency,
        whopActiveMemberships: truth.memberships.filter(
          (membership) =>
            membership.user?.id === member.user.id &&
            HELD_MEMBERSHIP_STATUSES.includes(membership.status),
        ).length,
        ...(person.id !== existingPersonId && {
          emailsPrimaryEmail: member.user.email?.toLowerCase() ?? null,
          nameFirstName: whopName?.first ?? member.user.username,
          nameLastName: whopName?.last ?? '',
        }),
      });
    }
  });

  it("makes no person of the company's team: the owner, an admin, is not a customer", async () => {
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');

    expect(truth.team.map((member) => member.user.id)).toEqual([
      stack.sandbox.state.company.ownerUserId,
    ]);
    expect(people.filter((person) => person.whopUserId === truth.team[0].user.id)).toEqual([]);
  });

  it('imports every membership as an opportunity, field by field', async () => {
    const opportunities = await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity');
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
    const products = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct');
    const expectedStatuses = expectMembershipStatuses(truth);

    expect(opportunities).toHaveLength(truth.memberships.length);
    for (const membership of truth.memberships) {
      const opportunity = opportunities.find((row) => row.whopMembershipId === membership.id);
      const plan = truth.plans.find((candidate) => candidate.id === membership.plan.id);
      const product = truth.products.find((candidate) => candidate.id === membership.product.id);
      const price =
        plan.plan_type === 'renewal' && plan.renewal_price > 0
          ? plan.renewal_price
          : plan.initial_price;
      const paidAts = truth.payments
        .filter(
          (payment) =>
            payment.membership.id === membership.id &&
            PAID_SUBSTATUSES.includes(payment.substatus) &&
            payment.paid_at !== null,
        )
        .map((payment) => Date.parse(payment.paid_at));
      const held = HELD_MEMBERSHIP_STATUSES.includes(membership.status);

      expect({ membership: membership.id, ...opportunity }).toMatchObject({
        membership: membership.id,
        name: `${product.title} — ${plan.title}`,
        amountAmountMicros: toMicros(price),
        amountCurrencyCode: plan.currency.toUpperCase(),
        whopMembershipStatus: expectedStatuses.get(membership.id),
        whopReportedMembershipStatus: membership.status,
        whopPlanId: plan.id,
        whopUserId: membership.user?.id ?? null,
        whopRenewalDate: toDateOrNull(membership.renewal_period_end),
        whopLastPaymentDate: paidAts.length === 0 ? null : new Date(Math.max(...paidAts)),
        whopCancelAtPeriodEnd: membership.cancel_at_period_end,
        whopMrrAmountMicros: held ? expectPlanMrrMicros(plan) : '0',
        whopMrrCurrencyCode: plan.currency.toUpperCase(),
        closeDate: new Date(membership.created_at),
        whopUpdatedAt: new Date(membership.updated_at),
        stage: ['active', 'trialing'].includes(membership.status) ? 'CUSTOMER' : 'NEW',
      });
      expect(people.find((person) => person.id === opportunity.pointOfContactId)?.whopUserId).toBe(
        membership.user?.id,
      );
      expect(products.find((row) => row.id === opportunity.whopProductId)?.whopId).toBe(
        membership.product.id,
      );
    }
  });

  it('imports every payment with its exact amount and links, field by field', async () => {
    const payments = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopPayment');
    const opportunities = await readWorkspaceRows(stack.app, seller.workspaceId, 'opportunity');
    const people = await readWorkspaceRows(stack.app, seller.workspaceId, 'person');
    const products = await readWorkspaceRows(stack.app, seller.workspaceId, 'whopProduct');

    expect(payments).toHaveLength(truth.payments.length);
    for (const payment of truth.payments) {
      const row = payments.find((candidate) => candidate.whopId === payment.id);

      expect(row).toMatchObject({
        amountAmountMicros: toMicros(payment.total),
        amountCurrencyCode: payment.currency.toUpperCase(),
        refundedAmountAmountMicros: toMicrosOrNull(payment.refunded_amount),
        refundedAmountCurrencyCode:
          payment.refunded_amount === null ? null : payment.currency.toUpperCase(),
        status: payment.status,
        substatus: payment.substatus,
        billingReason: payment.billing_reason,
        paidAt: toDateOrNull(payment.paid_at),
        refundedAt: toDateOrNull(payment.refunded_at),
        failureMessage: payment.failure_message,
        lastPaymentAttemptAt: toDateOrNull(payment.last_payment_attempt),
        nextPaymentAttemptAt: toDateOrNull(payment.next_payment_attempt),
        whopMembershipId: payment.membership.id,
        whopUserId: payment.user?.id ?? null,
        whopPlanId: payment.plan.id,
        whopCreatedAt: new Date(payment.created_at),
        whopUpdatedAt: new Date(payment.updated_at),
      });
      expect(opportunities.find((o) => o.id === row.opportunityId)?.whopMembershipId).toBe(
        payment.membership.id,
      );
      expect(people.find((person) => person.id === row.personId)?.whopUserId).toBe(
        payment.user?.id,
      );
      expect(products.find((product) => product.id === row.whopProductId)?.whopId).toBe(
        payment.product.id,
      );
    }
  });

  it('opens one follow-up task per failing membership, due when Whop retries the charge', async () => {
    const tasks = await readWorkspaceRows(stack.app, seller.workspaceId, 'task');
    const latestPayments = findLatestPayments(truth.payments);
    const failingMembershipIds = [...expectMembershipStatuses(truth)]
      .filter(([, status]) => status === 'payment_failed')
      .map(([membershipId]) => membershipId);
    const keyPrefix = 'whop:payment-failed:';
    const openTaskMembershipIds = tasks
      .filter((task) => task.status === 'TODO' && task.whopFollowUpKey?.startsWith(keyPrefix))
      .map((task) => task.whopFollowUpKey.slice(keyPrefix.length));

    expect(failingMembershipIds.length).toBeGreaterThan(0);
    expect(tasks).toHaveLength(failingMembershipIds.length);
    expect(new Set(openTaskMembershipIds)).toEqual(new Set(failingMembershipIds));
    for (const membershipId of failingMembershipIds) {
      const latest = latestPayments.get(membershipId);

      expect(
        tasks.find((task) => task.whopFollowUpKey === `${keyPrefix}${membershipId}`),
      ).toMatchObject({
        status: 'TODO',
        dueAt: new Date(latest.next_payment_attempt ?? latest.last_payment_attempt),
      });
    }
  });

  it('changes and duplicates nothing on a second full sync', async () => {
    // Every row the sync writes or links to, as stored (but when it was last written).
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
          (await readWorkspaceRows(stack.app, seller.workspaceId, object))
            .map(({ updatedAt: _updatedAt, ...row }) => row)
            .sort((left, right) => left.id.localeCompare(right.id)),
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

  it('shows a second workspace none of it', async () => {
    const other = await createTestWorkspace(stack.app, 'Other');
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
      people: { totalCount: 0 },
      opportunities: { totalCount: 0 },
      whopProducts: { totalCount: 0 },
      whopPayments: { totalCount: 0 },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('CONNECTION_NOT_FOUND');
    for (const operation of [
      `query L($id: ID!) { whopSyncLogs(connectionId: $id) { totalCount } }`,
      `mutation T($id: ID!) { triggerWhopSync(id: $id, type: FULL) { id } }`,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { id } }`,
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

    // Every repeatable job of the Whop queue naming the connection, whatever its key: a second
    // reconcile scheduled under another key would show here.
    const whopQueue = stack.app.get(BullQueueRegistry).open(MessageQueue.whopQueue);
    const listSchedulesOfConnection = async () =>
      (await whopQueue.getJobSchedulers()).filter(
        (schedule) =>
          schedule.key.includes(connectionId) ||
          schedule.id?.includes(connectionId) ||
          schedule.template?.data?.connectionId === connectionId,
      );

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
    const { product } = await stack.control('/products', {
      title: 'Founders Club',
      description: 'For the first hundred',
    });
    const { plan } = await stack.control('/plans', {
      productId: product.id,
      title: 'Founders',
      planType: 'renewal',
      billingPeriod: 30,
      initialPrice: 49,
      renewalPrice: 49,
      currency: 'usd',
    });
    const { member, membership, payment } = await stack.control('/members', {
      name: 'Fay Founder',
      email: 'fay@example.com',
      planId: plan.id,
    });

    truth.products.push(product);
    truth.members.push(member);
    truth.memberships.push(membership);
    if (payment) truth.payments.push(payment);
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
      `query C($id: ID!) { whopConnection(id: $id) { nextScheduledSyncAt syncIntervalMinutes } }`,
      { id: connectionId },
      seller.token,
    );
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
    expect(await scheduler.isReconcileScheduled(connectionId)).toBe(false);
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

    // As a server stopped in the middle of Disconnect leaves it; the keeper started above checks
    // every 200 ms.
    await scheduler.scheduleReconcile(connection);
    const deadline = Date.now() + 10_000;

    while ((await scheduler.isReconcileScheduled(connectionId)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await scheduler.isReconcileScheduled(connectionId)).toBe(false);
  });
});
