import { type INestApplication } from '@nestjs/common';

import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import {
  buildWhopMember,
  buildWhopMembership,
  buildWhopPayment,
  buildWhopPlan,
  buildWhopProduct,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  countWorkspaceRecords,
  createWhopApplyContext,
  createWhopApplyTestApp,
} from 'test/integration/whop/apply/whop-apply-test-app';
import { countQueries } from 'test/integration/utils/count-queries';

const PAGE_SIZE = 100;
// A page costs a fixed handful of statements whatever its size (lookups, one write per table,
// rollups, transaction control), never one per record.
const MAX_QUERIES_PER_PAGE = 20;

const PLANS = new Map<string, WhopPlan>([['plan_1', buildWhopPlan()]]);

// Measured on PostgreSQL 15: memberships 18 (15 on a re-run), payments 18, members 6.
const expectWithinBudget = (queries: number): void => {
  expect(queries).toBeGreaterThan(0);
  expect(queries).toBeLessThanOrEqual(MAX_QUERIES_PER_PAGE);
};

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const user = (index: number) => ({
  id: `user_${index}`,
  email: `customer-${index}@example.com`,
  name: `Customer ${index}`,
  username: `customer${index}`,
});

// Half the page canceled (a note each), the other half active; every user new to the CRM.
const MEMBERSHIPS = range(PAGE_SIZE).map((index) =>
  buildWhopMembership({
    id: `mem_${index}`,
    status: index % 2 === 0 ? 'active' : 'canceled',
    canceled_at: index % 2 === 0 ? null : '2026-03-10T08:00:00.000Z',
    user: user(index),
    member: { id: `mber_${index}` },
  }),
);

// Every membership's latest payment failed (a note and a task each), or succeeded.
const PAYMENTS = range(PAGE_SIZE).map((index) =>
  buildWhopPayment({
    id: `pay_${index}`,
    user: user(index),
    member: { id: `mber_${index}`, phone: null },
    membership: { id: `mem_${index}`, status: 'active' },
    ...(index % 2 === 0
      ? { status: 'open', substatus: 'failed', paid_at: null, failure_message: 'Card declined.' }
      : {}),
  }),
);

describe('apply services: queries per page', () => {
  let app: INestApplication;
  let context: WhopApplyContext;

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    context = await createWhopApplyContext(app);
    await app.get(WhopProductApplyService).applyProducts(context, [buildWhopProduct()]);
  });

  afterAll(() => app?.close());

  it(`applies a page of ${PAGE_SIZE} memberships of unknown users in at most ${MAX_QUERIES_PER_PAGE} queries`, async () => {
    const opportunityApply = app.get(WhopOpportunityApplyService);
    const queries = await countQueries(() =>
      opportunityApply.applyMemberships(context, MEMBERSHIPS, PLANS),
    );

    expect(await countWorkspaceRecords(app, context, 'opportunity')).toBe(PAGE_SIZE);
    expect(await countWorkspaceRecords(app, context, 'person')).toBe(PAGE_SIZE);
    expect(await countWorkspaceRecords(app, context, 'note')).toBe(PAGE_SIZE / 2);
    expectWithinBudget(queries);
    expectWithinBudget(
      await countQueries(() => opportunityApply.applyMemberships(context, MEMBERSHIPS, PLANS)),
    );
  });

  it(`applies a page of ${PAGE_SIZE} payments, half of them failed, in at most ${MAX_QUERIES_PER_PAGE} queries`, async () => {
    const queries = await countQueries(() =>
      app.get(WhopPaymentApplyService).applyPayments(context, PAYMENTS),
    );

    expect(await countWorkspaceRecords(app, context, 'whopPayment')).toBe(PAGE_SIZE);
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(PAGE_SIZE / 2);
    expectWithinBudget(queries);
  });

  it(`applies a page of ${PAGE_SIZE} members in at most ${MAX_QUERIES_PER_PAGE} queries`, async () => {
    const members = range(PAGE_SIZE).map((index) =>
      buildWhopMember({ id: `mber_${index}`, user: { ...user(index), id: `user_new_${index}` } }),
    );
    const queries = await countQueries(() =>
      app.get(WhopPersonApplyService).applyMembers(context, members),
    );

    expect(await countWorkspaceRecords(app, context, 'person')).toBe(2 * PAGE_SIZE);
    expectWithinBudget(queries);
  });
});
