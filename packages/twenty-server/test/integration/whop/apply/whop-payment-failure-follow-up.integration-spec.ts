import { type INestApplication } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { type WhopPayment, type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import {
  buildWhopMember,
  buildWhopMembership,
  buildWhopPayment,
  buildWhopPlan,
  buildWhopProduct,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

const PLANS = new Map<string, WhopPlan>([['plan_1', buildWhopPlan()]]);

const FAILED_RENEWAL: WhopPayment = buildWhopPayment({
  id: 'pay_renewal',
  status: 'open',
  substatus: 'failed',
  paid_at: null,
  failure_message: 'Your card was declined.',
  payments_failed: 1,
  last_payment_attempt: '2026-04-01T09:31:00.000Z',
  next_payment_attempt: '2026-04-02T09:31:00.000Z',
  created_at: '2026-04-01T09:30:00.000Z',
  updated_at: '2026-04-01T09:31:05.000Z',
});

// Whop retried the same payment and it went through.
const RECOVERED_RENEWAL: WhopPayment = buildWhopPayment({
  id: 'pay_renewal',
  paid_at: '2026-04-02T09:31:30.000Z',
  payments_failed: 1,
  last_payment_attempt: '2026-04-02T09:31:00.000Z',
  created_at: '2026-04-01T09:30:00.000Z',
  updated_at: '2026-04-02T09:31:35.000Z',
});

// The payment state and follow-up task of a membership whose payment failed, across sync runs.
describe('Whop payment failure follow-up', () => {
  let app: INestApplication;
  let context: WhopApplyContext;

  const findOpportunity = async () =>
    (await findWorkspaceRecords(app, context, 'opportunity', { whopMembershipId: 'mem_1' }))[0];

  const findTask = async () => {
    const tasks = await findWorkspaceRecords(app, context, 'task');

    expect(tasks).toHaveLength(1);

    return tasks[0];
  };

  const updateFollowUpTaskAsTheSeller = async (changes: Record<string, unknown>) => {
    const tasks = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'task');

    await tasks.update({ whopFollowUpKey: 'whop:payment-failed:mem_1' }, changes);
  };

  const applyMembership = (updatedAt: string) =>
    app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership({ updated_at: updatedAt })], PLANS);

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
    await app.get(WhopProductApplyService).applyProducts(context, [buildWhopProduct()]);
    await app.get(WhopPersonApplyService).applyMembers(context, [buildWhopMember()]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership()], PLANS);
    await app.get(WhopPaymentApplyService).applyPayments(context, [FAILED_RENEWAL]);
  });

  afterAll(() => app?.close());

  it('closes the task once when the next run restores a membership whose recovered payment a stopped run stored', async () => {
    // A run stores the retry that went through, then stops before its payment states.
    await app
      .get(WhopPaymentApplyService)
      .applyPayments({ ...context, deferredMembershipIds: new Set() }, [RECOVERED_RENEWAL]);
    expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'payment_failed' });
    expect(await findTask()).toMatchObject({ status: 'TODO' });

    // The next run: memberships, then its payment states.
    await applyMembership('2026-04-02T10:00:00.000Z');
    await app.get(WhopPaymentApplyService).refreshAllMembershipPaymentStates(context);

    expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'active' });
    expect(await findTask()).toMatchObject({ status: 'DONE' });

    await updateFollowUpTaskAsTheSeller({ status: 'TODO' });
    await applyMembership('2026-04-03T10:00:00.000Z');
    await app.get(WhopPaymentApplyService).refreshAllMembershipPaymentStates(context);

    expect(await findTask()).toMatchObject({ status: 'TODO' });
  });

  it('keeps a task the seller closed closed, and its due date, when the product is renamed', async () => {
    await updateFollowUpTaskAsTheSeller({
      status: 'DONE',
      dueAt: new Date('2026-04-10T00:00:00.000Z'),
    });
    await app
      .get(WhopProductApplyService)
      .applyProducts(context, [
        buildWhopProduct({ title: 'Pro Elite', updated_at: '2026-04-05T00:00:00.000Z' }),
      ]);
    await applyMembership('2026-04-05T00:00:01.000Z');
    await app.get(WhopPaymentApplyService).refreshAllMembershipPaymentStates(context);

    expect(await findTask()).toMatchObject({
      status: 'DONE',
      dueAt: new Date('2026-04-10T00:00:00.000Z'),
      title: 'Follow up: failed payment for Pro Elite — Monthly',
    });
  });

  it('reopens the task for another reason', async () => {
    await updateFollowUpTaskAsTheSeller({ status: 'DONE' });
    await app.get(WhopPaymentApplyService).applyPayments(context, [
      {
        ...FAILED_RENEWAL,
        failure_message: 'Insufficient funds.',
        payments_failed: 2,
        last_payment_attempt: '2026-04-02T09:31:00.000Z',
        next_payment_attempt: '2026-04-03T09:31:00.000Z',
        updated_at: '2026-04-02T09:31:05.000Z',
      },
    ]);

    expect(await findTask()).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-04-03T09:31:00.000Z'),
    });
  });

  it('marks a membership whose stored latest payment is past due payment_failed', async () => {
    await app.get(WhopPaymentApplyService).applyPayments(context, [
      {
        ...FAILED_RENEWAL,
        id: 'pay_past_due',
        substatus: 'past_due',
        failure_message: null,
        payments_failed: 2,
        created_at: '2026-05-01T09:30:00.000Z',
        updated_at: '2026-05-01T09:31:05.000Z',
      },
    ]);
    await app.get(WhopPaymentApplyService).refreshAllMembershipPaymentStates(context);

    expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'payment_failed' });
    expect((await findTask()).bodyV2Markdown).toContain('pay_past_due');
  });
});
