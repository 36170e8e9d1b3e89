import { type INestApplication } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { WhopRollupService } from 'src/modules/whop/services/apply/whop-rollup.service';
import { type WhopPayment, type WhopPlan } from 'src/modules/whop/types/whop-api.types';
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
  findWorkspaceRecords,
  openWorkspaceTransaction,
  trashWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

const PLANS = new Map<string, WhopPlan>([['plan_1', buildWhopPlan()]]);

// The renewal of 2026-04-01 failing, attempt after attempt (Whop retries the same payment).
const buildFailedRenewal = (attempt: number): WhopPayment =>
  buildWhopPayment({
    id: 'pay_renewal',
    status: 'open',
    substatus: 'failed',
    paid_at: null,
    failure_message: attempt === 1 ? 'Your card was declined.' : 'Insufficient funds.',
    payments_failed: attempt,
    last_payment_attempt: `2026-04-0${attempt}T09:31:00.000Z`,
    next_payment_attempt: attempt < 3 ? `2026-04-0${attempt + 1}T09:31:00.000Z` : null,
    created_at: '2026-04-01T09:30:00.000Z',
    updated_at: `2026-04-0${attempt}T09:31:05.000Z`,
  });

// Whop retried the failed renewal and it went through.
const RETRIED_RENEWAL_PAID = buildWhopPayment({
  id: 'pay_renewal',
  paid_at: '2026-04-02T09:31:30.000Z',
  payments_failed: 1,
  last_payment_attempt: '2026-04-02T09:31:00.000Z',
  created_at: '2026-04-01T09:30:00.000Z',
  updated_at: '2026-04-02T09:31:35.000Z',
});

const RECOVERED_RENEWAL = buildWhopPayment({
  id: 'pay_recovered',
  paid_at: '2026-04-05T12:00:00.000Z',
  last_payment_attempt: '2026-04-05T11:59:30.000Z',
  membership: { id: 'mem_1', status: 'active' },
  created_at: '2026-04-05T11:59:00.000Z',
  updated_at: '2026-04-05T12:00:05.000Z',
});

describe('WhopPaymentApplyService', () => {
  let app: INestApplication;
  let paymentApply: WhopPaymentApplyService;
  let context: WhopApplyContext;

  const findOne = async (objectName: string, where: Record<string, unknown>) => {
    const records = await findWorkspaceRecords(app, context, objectName, where);

    expect(records).toHaveLength(1);

    return records[0];
  };

  const countEverything = async () => {
    const objectNames = [
      'person',
      'whopPayment',
      'timelineActivity',
      'note',
      'noteTarget',
      'task',
      'taskTarget',
    ];

    return Object.fromEntries(
      await Promise.all(
        objectNames.map(async (objectName) => [
          objectName,
          await countWorkspaceRecords(app, context, objectName),
        ]),
      ),
    );
  };

  const updateFollowUpTaskAsTheSeller = async (changes: Record<string, unknown>) => {
    const tasks = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'task');

    await tasks.update({ whopFollowUpKey: 'whop:payment-failed:mem_1' }, changes);
  };

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    paymentApply = app.get(WhopPaymentApplyService);
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
    await app.get(WhopProductApplyService).applyProducts(context, [buildWhopProduct()]);
    await app.get(WhopPersonApplyService).applyMembers(context, [buildWhopMember()]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership()], PLANS);
  });

  afterAll(() => app?.close());

  it('stores a succeeded payment with its relations, timeline activities and last payment date', async () => {
    expect(await paymentApply.applyPayments(context, [buildWhopPayment()])).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });

    const person = await findOne('person', { whopUserId: 'user_1' });
    const opportunity = await findOne('opportunity', { whopMembershipId: 'mem_1' });
    const product = await findOne('whopProduct', { whopId: 'prod_1' });
    const payment = await findOne('whopPayment', { whopId: 'pay_1' });

    expect(payment).toMatchObject({
      personId: person.id,
      opportunityId: opportunity.id,
      whopProductId: product.id,
      amountAmountMicros: '19990000',
      amountCurrencyCode: 'USD',
      paidAt: new Date('2026-03-01T09:32:00.000Z'),
    });
    expect(opportunity.whopLastPaymentDate).toEqual(new Date('2026-03-01T09:32:00.000Z'));
    expect(
      await findWorkspaceRecords(app, context, 'timelineActivity', {
        name: 'whop.payment.succeeded',
      }),
    ).toEqual([
      expect.objectContaining({
        targetPersonId: person.id,
        targetOpportunityId: opportunity.id,
        happensAt: new Date('2026-03-01T09:32:00.000Z'),
        linkedRecordId: payment.id,
      }),
    ]);
    expect(context.issues.count()).toBe(0);
  });

  it('links a payment applied before its membership once the membership has arrived', async () => {
    const early = buildWhopPayment({
      id: 'pay_early',
      membership: { id: 'mem_later', status: 'active' },
    });

    await paymentApply.applyPayments(context, [early]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership({ id: 'mem_later' })], PLANS);
    await paymentApply.applyPayments(context, [early]);

    const opportunity = await findOne('opportunity', { whopMembershipId: 'mem_later' });

    expect(await findOne('whopPayment', { whopId: 'pay_early' })).toMatchObject({
      opportunityId: opportunity.id,
    });
    expect(
      await findWorkspaceRecords(app, context, 'timelineActivity', {
        name: 'whop.payment.succeeded',
      }),
    ).toEqual([
      expect.objectContaining({
        targetPersonId: opportunity.pointOfContactId,
        targetOpportunityId: opportunity.id,
      }),
    ]);
  });

  it('links the note of a failed payment applied before its membership once the membership has arrived', async () => {
    const earlyFailure = {
      ...buildFailedRenewal(1),
      id: 'pay_early_failed',
      membership: { id: 'mem_later', status: 'active' as const, phone_number: null },
    };

    await paymentApply.applyPayments(context, [earlyFailure]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership({ id: 'mem_later' })], PLANS);
    await paymentApply.applyPayments(context, [earlyFailure]);
    await paymentApply.applyPayments(context, [earlyFailure]);

    const opportunity = await findOne('opportunity', { whopMembershipId: 'mem_later' });
    const note = await findOne('note', { whopNoteKey: 'whop:payment-failed:pay_early_failed' });
    const targets = await findWorkspaceRecords(app, context, 'noteTarget', { noteId: note.id });

    expect(targets).toHaveLength(2);
    expect(targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: opportunity.pointOfContactId, opportunityId: null }),
        expect.objectContaining({ personId: null, opportunityId: opportunity.id }),
      ]),
    );
  });

  it('never moves the last payment date back for an older payment', async () => {
    await paymentApply.applyPayments(context, [buildWhopPayment()]);
    await paymentApply.applyPayments(context, [
      buildWhopPayment({
        id: 'pay_0',
        paid_at: '2026-02-01T09:32:00.000Z',
        created_at: '2026-02-01T09:31:00.000Z',
        updated_at: '2026-02-01T09:32:05.000Z',
      }),
    ]);

    expect(
      (await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopLastPaymentDate,
    ).toEqual(new Date('2026-03-01T09:32:00.000Z'));
  });

  it('changes nothing and duplicates nothing when the same payments come twice', async () => {
    const payments = [
      buildWhopPayment(),
      buildFailedRenewal(1),
      buildWhopPayment({
        id: 'pay_other_user',
        user: { id: 'user_2', email: 'grace@example.com', name: 'Grace Hopper' },
        membership: { id: 'mem_unknown', status: 'active' },
      }),
    ];

    expect(await paymentApply.applyPayments(context, payments)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const afterFirst = await countEverything();

    expect(afterFirst).toEqual({
      person: 2,
      whopPayment: 3,
      // one row per event (on the person and the opportunity): the activation, pay_1, the failure,
      // pay_other_user (on the person only)
      timelineActivity: 4,
      note: 1,
      noteTarget: 2,
      task: 1,
      taskTarget: 2,
    });
    expect(await paymentApply.applyPayments(context, payments)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await countEverything()).toEqual(afterFirst);
    expect(context.issues.list()).toEqual([
      expect.objectContaining({
        whopId: 'pay_other_user',
        message: expect.stringContaining('mem_unknown'),
      }),
      expect.objectContaining({
        whopId: 'pay_other_user',
        message: expect.stringContaining('mem_unknown'),
      }),
    ]);
  });

  it('marks a failing membership payment_failed with one open task, then closes it on a later success', async () => {
    await paymentApply.applyPayments(context, [buildWhopPayment()]);
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    await paymentApply.applyPayments(context, [buildFailedRenewal(3)]);

    const opportunity = await findOne('opportunity', { whopMembershipId: 'mem_1' });
    const task = await findOne('task', {});

    expect(opportunity.whopMembershipStatus).toBe('payment_failed');
    expect(task).toMatchObject({
      status: 'TODO',
      whopFollowUpKey: 'whop:payment-failed:mem_1',
      title: 'Follow up: failed payment for Pro Community — Monthly',
      // Due at the retry planned after the second failure; the third failed the same way.
      dueAt: new Date('2026-04-03T09:31:00.000Z'),
    });
    expect(task.bodyV2Markdown).toContain('19.99 USD');
    expect(task.bodyV2Markdown).toContain('Insufficient funds.');
    expect(task.bodyV2Markdown).toContain('pay_renewal');
    expect(await findWorkspaceRecords(app, context, 'taskTarget')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ taskId: task.id, personId: opportunity.pointOfContactId }),
        expect.objectContaining({ taskId: task.id, opportunityId: opportunity.id }),
      ]),
    );
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
    expect(await findWorkspaceRecords(app, context, 'note')).toEqual([
      expect.objectContaining({
        whopNoteKey: 'whop:payment-failed:pay_renewal',
        bodyV2Markdown: expect.stringContaining('Your card was declined.'),
      }),
    ]);
    // Written once, at the first failure, and dated by it.
    expect((await findOne('note', {})).bodyV2Markdown).toContain(
      'failed on Whop on Apr 1, 2026, 9:31 AM UTC.',
    );
    expect(
      (
        await findWorkspaceRecords(app, context, 'timelineActivity', {
          name: 'whop.payment.failed',
        })
      )
        .map(({ happensAt }) => happensAt.toISOString())
        .sort(),
    ).toEqual(['2026-04-01T09:31:00.000Z', '2026-04-02T09:31:00.000Z', '2026-04-03T09:31:00.000Z']);

    await paymentApply.applyPayments(context, [RECOVERED_RENEWAL]);

    expect(await findOne('task', {})).toMatchObject({ id: task.id, status: 'DONE' });
    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'active',
      whopLastPaymentDate: new Date('2026-04-05T12:00:00.000Z'),
    });

    await paymentApply.applyPayments(context, [buildFailedRenewal(3)]);
    expect(await findOne('task', {})).toMatchObject({ status: 'DONE' });
    expect((await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopMembershipStatus).toBe(
      'active',
    );
  });

  it('in a sync run, writes the membership payment state once at the end, as a page would', async () => {
    const deferredMembershipIds = new Set<string>();
    const run: WhopApplyContext = { ...context, deferredMembershipIds };

    await paymentApply.applyPayments(run, [buildWhopPayment()]);
    await paymentApply.applyPayments(run, [buildFailedRenewal(1)]);

    expect(deferredMembershipIds).toEqual(new Set(['mem_1']));
    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'active',
      whopLastPaymentDate: null,
    });
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(0);

    await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'payment_failed',
      whopLastPaymentDate: new Date('2026-03-01T09:32:00.000Z'),
    });
    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      whopFollowUpKey: 'whop:payment-failed:mem_1',
      dueAt: new Date('2026-04-02T09:31:00.000Z'),
    });
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);

    await paymentApply.applyPayments(run, [RECOVERED_RENEWAL]);
    await paymentApply.refreshAllMembershipPaymentStates(context);

    expect(await findOne('task', {})).toMatchObject({ status: 'DONE' });
    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'active',
      whopLastPaymentDate: new Date('2026-04-05T12:00:00.000Z'),
    });
  });

  // A sync of another Whop company of the workspace (or a webhook) writes a membership while a
  // run's end reads it: the end waits for that write and computes the state from what it wrote.
  it('computes the payment state at the end of a run from a write of the membership under way meanwhile', async () => {
    await paymentApply.applyPayments({ ...context, deferredMembershipIds: new Set() }, [
      buildFailedRenewal(1),
    ]);
    const otherSync = await openWorkspaceTransaction(app, context);

    // Whop canceled the membership after the failed renewal.
    await otherSync.runner.query(
      `UPDATE "${otherSync.schema}"."opportunity"
       SET "whopMembershipStatus" = 'canceled', "whopReportedMembershipStatus" = 'canceled'
       WHERE "whopMembershipId" = 'mem_1'`,
    );
    const ending = paymentApply.refreshMembershipPaymentStates(context, ['mem_1']);

    // The run's end has reached the membership, and waits on the other sync's row lock.
    await otherSync.commitOnceWaitedOn();
    await ending;

    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'canceled',
    });
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(0);
  });

  // Whop lets a customer transfer their membership to another user.
  const grace = {
    id: 'user_2',
    email: 'grace@example.com',
    name: 'Grace Hopper',
    username: 'grace',
  };
  const transferToGrace = async (applyContext: WhopApplyContext = context) => {
    await app
      .get(WhopPersonApplyService)
      .applyMembers(applyContext, [buildWhopMember({ id: 'mber_2', user: grace })]);
    await app.get(WhopOpportunityApplyService).applyMemberships(
      applyContext,
      [
        buildWhopMembership({
          member: { id: 'mber_2' },
          user: grace,
          updated_at: '2026-04-01T12:00:00.000Z',
        }),
      ],
      PLANS,
    );
  };

  // mem_1's follow-up task, the Whop user of the opportunity's contact, and what the task is linked
  // to: the opportunity, and people by their Whop user.
  const readFollowUpLinks = async () => {
    const people = await findWorkspaceRecords(app, context, 'person');
    const whopUserOf = (personId: string | null) =>
      people.find((person) => person.id === personId)?.whopUserId;
    const opportunity = await findOne('opportunity', { whopMembershipId: 'mem_1' });
    const task = await findOne('task', {});
    const targets = await findWorkspaceRecords(app, context, 'taskTarget', { taskId: task.id });

    return {
      task,
      opportunity,
      contact: whopUserOf(opportunity.pointOfContactId),
      linkedTo: targets
        .map(({ personId, opportunityId }) =>
          opportunityId === opportunity.id ? 'opportunity' : whopUserOf(personId),
        )
        .sort(),
    };
  };

  it("puts a transferred membership's follow-up task on its new customer's page as well", async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await transferToGrace();
    // Her first renewal fails.
    await paymentApply.applyPayments(context, [
      {
        ...buildFailedRenewal(1),
        id: 'pay_next_renewal',
        user: grace,
        member: { id: 'mber_2', phone: null },
        last_payment_attempt: '2026-05-01T09:31:00.000Z',
        next_payment_attempt: '2026-05-02T09:31:00.000Z',
        created_at: '2026-05-01T09:30:00.000Z',
        updated_at: '2026-05-01T09:31:05.000Z',
      },
    ]);

    const { task, contact, linkedTo } = await readFollowUpLinks();

    expect(task).toMatchObject({ status: 'TODO', whopFollowUpFailure: expect.any(String) });
    expect(contact).toBe('user_2');
    expect(linkedTo).toEqual(['opportunity', 'user_1', 'user_2']);
  });

  // A reconcile reads the transfer in its memberships step; no payment of the membership changed.
  it('links the open follow-up task to the customer a membership is transferred to, before any payment of theirs', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await transferToGrace();

    const { task, opportunity, contact, linkedTo } = await readFollowUpLinks();

    expect(opportunity.whopMembershipStatus).toBe('payment_failed');
    expect(task).toMatchObject({ status: 'TODO' });
    expect(contact).toBe('user_2');
    expect(linkedTo).toEqual(['opportunity', 'user_1', 'user_2']);
  });

  // The renewal failed once the membership had ended: no task then. Whop brings the membership
  // back with that payment still its latest, and a reconcile reads only the membership.
  it('opens the follow-up task when Whop brings back an ended membership whose latest payment failed', async () => {
    const applyMembershipWithStatus = (status: 'expired' | 'active', updatedAt: string) =>
      app
        .get(WhopOpportunityApplyService)
        .applyMemberships(context, [buildWhopMembership({ status, updated_at: updatedAt })], PLANS);

    await applyMembershipWithStatus('expired', '2026-03-15T00:00:00.000Z');
    await paymentApply.applyPayments(context, [
      {
        ...buildFailedRenewal(1),
        membership: { id: 'mem_1', status: 'expired', phone_number: null },
      },
    ]);
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(0);

    await applyMembershipWithStatus('active', '2026-04-03T00:00:00.000Z');

    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'payment_failed',
    });
    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-04-02T09:31:00.000Z'),
    });
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
  });

  // A sync run writes it at its end, once it has read the payments too.
  it("in a sync run, links the customer a membership is transferred to at the run's end", async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    const deferredMembershipIds = new Set<string>();
    const run: WhopApplyContext = { ...context, deferredMembershipIds };

    await transferToGrace(run);
    expect((await readFollowUpLinks()).linkedTo).toEqual(['opportunity', 'user_1']);
    await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

    expect((await readFollowUpLinks()).linkedTo).toEqual(['opportunity', 'user_1', 'user_2']);
  });

  // A checkout that failed (no task: the membership never started), then went through: a sync run
  // reads the membership active before it reads the payment that made it so.
  it('in a sync run, opens no task for a failed checkout that went through since', async () => {
    const applyMembershipWithStatus = (
      applyContext: WhopApplyContext,
      status: 'unresolved' | 'active',
      updatedAt: string,
    ) =>
      app
        .get(WhopOpportunityApplyService)
        .applyMemberships(
          applyContext,
          [buildWhopMembership({ status, updated_at: updatedAt })],
          PLANS,
        );

    await applyMembershipWithStatus(context, 'unresolved', '2026-03-15T00:00:00.000Z');
    await paymentApply.applyPayments(context, [
      {
        ...buildFailedRenewal(1),
        membership: { id: 'mem_1', status: 'unresolved', phone_number: null },
      },
    ]);
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(0);

    const deferredMembershipIds = new Set<string>();
    const run: WhopApplyContext = { ...context, deferredMembershipIds };

    await applyMembershipWithStatus(run, 'active', '2026-04-02T10:00:00.000Z');
    await paymentApply.applyPayments(run, [RETRIED_RENEWAL_PAID]);
    await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

    expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
      whopMembershipStatus: 'active',
    });
    expect(await countWorkspaceRecords(app, context, 'task')).toBe(0);
  });

  // Whop gives a customer's payments no user once they deleted their account.
  it("keeps a payment on its customer after the membership's transfer and their account's deletion", async () => {
    await paymentApply.applyPayments(context, [buildWhopPayment()]);
    await transferToGrace();
    await paymentApply.applyPayments(context, [
      { ...buildWhopPayment(), user: null, updated_at: '2026-04-10T10:00:00.000Z' } as never,
    ]);

    const ada = await findOne('person', { whopUserId: 'user_1' });

    expect(await findOne('whopPayment', { whopId: 'pay_1' })).toMatchObject({
      personId: ada.id,
      whopUserId: 'user_1',
    });
    expect(ada.whopLifetimeValueAmountMicros).not.toBeNull();
    expect(
      (await findOne('person', { whopUserId: 'user_2' })).whopLifetimeValueAmountMicros,
    ).toBeNull();
  });

  it('puts the refund of a payment whose customer deleted their account on that customer, after a transfer', async () => {
    await paymentApply.applyPayments(context, [buildWhopPayment()]);
    await transferToGrace();
    await paymentApply.applyPayments(context, [
      {
        ...buildWhopPayment({
          substatus: 'refunded',
          refunded_amount: 19.99,
          refunded_at: '2026-04-10T10:00:00.000Z',
          updated_at: '2026-04-10T10:00:00.000Z',
        }),
        user: null,
      } as never,
    ]);

    const ada = await findOne('person', { whopUserId: 'user_1' });
    const grace = await findOne('person', { whopUserId: 'user_2' });

    expect(
      await findWorkspaceRecords(app, context, 'timelineActivity', {
        name: 'whop.payment.refunded',
      }),
    ).toEqual([expect.objectContaining({ targetPersonId: ada.id })]);
    expect(ada.whopLifetimeValues).toEqual({ USD: '0' });
    expect(grace.whopLifetimeValueAmountMicros).toBeNull();
  });

  it('links no one to a follow-up task the seller deleted', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await trashWorkspaceRecords(app, context, 'task', {
      whopFollowUpKey: 'whop:payment-failed:mem_1',
    });
    await transferToGrace();
    // The run's end: the same failure, now Grace's membership's.
    await paymentApply.refreshMembershipPaymentStates(context, ['mem_1']);

    expect((await findOne('task', {})).deletedAt).not.toBeNull();
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
  });

  it('does not reopen a task the seller closed for the same failure, but does for a new one', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await updateFollowUpTaskAsTheSeller({ status: 'DONE' });
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    expect(await findOne('task', {})).toMatchObject({ status: 'DONE' });

    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-04-03T09:31:00.000Z'),
    });
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
  });

  it('keeps a closed task closed, and the due date the seller set, when a retry fails the same way', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    await updateFollowUpTaskAsTheSeller({
      status: 'DONE',
      dueAt: new Date('2026-04-10T00:00:00.000Z'),
    });
    await paymentApply.applyPayments(context, [
      { ...buildFailedRenewal(3), next_payment_attempt: '2026-04-06T09:31:00.000Z' },
    ]);

    expect(await findOne('task', {})).toMatchObject({
      status: 'DONE',
      dueAt: new Date('2026-04-10T00:00:00.000Z'),
    });
  });

  it("moves the due date to Whop's next retry when a retry fails the same way, while the seller left it", async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    await paymentApply.applyPayments(context, [
      { ...buildFailedRenewal(3), next_payment_attempt: '2026-04-06T09:31:00.000Z' },
    ]);

    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-04-06T09:31:00.000Z'),
    });
  });

  // Twenty lets the seller edit a task's body: what they add changes nothing about the failure,
  // and stays.
  it('keeps closed, with their text, a task the seller edited, when a retry fails the same way', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    const [task] = await findWorkspaceRecords(app, context, 'task', {});
    const edited = `${task.bodyV2Markdown}\n\nCalled them: card updated on Friday.`;

    await updateFollowUpTaskAsTheSeller({ status: 'DONE', bodyV2Markdown: edited });
    await paymentApply.applyPayments(context, [buildFailedRenewal(3)]);

    expect(await findOne('task', {})).toMatchObject({ status: 'DONE', bodyV2Markdown: edited });
  });

  it('leaves a task the seller trashed in the trash for the same failure, and brings it back for a new one', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await trashWorkspaceRecords(app, context, 'task', {
      whopFollowUpKey: 'whop:payment-failed:mem_1',
    });
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    expect(await countWorkspaceRecords(app, context, 'task', { deletedAt: Not(IsNull()) })).toBe(1);

    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      deletedAt: null,
      dueAt: new Date('2026-04-03T09:31:00.000Z'),
    });
    expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
  });

  describe('what the sync wrote under a record the seller trashed', () => {
    const countUnder = async (parent: 'person' | 'opportunity', id: string) => {
      const column = `${parent}Id`;
      const timelineColumn = parent === 'person' ? 'targetPersonId' : 'targetOpportunityId';

      return {
        payments: await countWorkspaceRecords(app, context, 'whopPayment', { [column]: id }),
        timelineEntries: await countWorkspaceRecords(app, context, 'timelineActivity', {
          [timelineColumn]: id,
        }),
        linkedTimelineEntries: await countWorkspaceRecords(app, context, 'timelineActivity', {
          linkedRecordId: id,
        }),
        noteTargets: await countWorkspaceRecords(app, context, 'noteTarget', { [column]: id }),
        taskTargets: await countWorkspaceRecords(app, context, 'taskTarget', { [column]: id }),
      };
    };

    beforeEach(async () => {
      await paymentApply.applyPayments(context, [buildWhopPayment(), buildFailedRenewal(1)]);
    });

    it("moves to the person that replaces a trashed one, the seller's own notes staying", async () => {
      const trashed = await findOne('person', { whopUserId: 'user_1' });
      const before = await countUnder('person', trashed.id);
      const orm = app.get(GlobalWorkspaceOrmManager);
      const sellerNote = await (
        await orm.getRepository(context.workspaceId, 'note')
      ).save({ title: 'Met at the conference' });

      await (
        await orm.getRepository(context.workspaceId, 'noteTarget')
      ).save({ noteId: sellerNote.id, personId: trashed.id });
      await trashWorkspaceRecords(app, context, 'person', { id: trashed.id });

      await app.get(WhopPersonApplyService).applyMembers(context, [buildWhopMember()]);

      const replacing = await findOne('person', { whopUserId: 'user_1', deletedAt: IsNull() });

      expect(before).toEqual({
        payments: 2,
        timelineEntries: 3,
        linkedTimelineEntries: 0,
        noteTargets: 1,
        taskTargets: 1,
      });
      expect(await countUnder('person', replacing.id)).toEqual(before);
      expect(await countUnder('person', trashed.id)).toEqual({
        payments: 0,
        timelineEntries: 0,
        linkedTimelineEntries: 0,
        noteTargets: 1,
        taskTargets: 0,
      });
      expect(replacing).toMatchObject({
        whopLifetimeValues: trashed.whopLifetimeValues,
        whopActiveMemberships: 1,
      });
      expect(await findOne('opportunity', { whopMembershipId: 'mem_1' })).toMatchObject({
        pointOfContactId: replacing.id,
      });
    });

    it('moves to the opportunity that replaces a trashed one', async () => {
      const trashed = await findOne('opportunity', { whopMembershipId: 'mem_1' });
      const before = await countUnder('opportunity', trashed.id);

      const deferredMembershipIds = new Set<string>();
      const run: WhopApplyContext = { ...context, deferredMembershipIds };

      await trashWorkspaceRecords(app, context, 'opportunity', { id: trashed.id });
      await app
        .get(WhopOpportunityApplyService)
        .applyMemberships(run, [buildWhopMembership()], PLANS);
      // The payment state, at the end of the run.
      await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

      const replacing = await findOne('opportunity', {
        whopMembershipId: 'mem_1',
        deletedAt: IsNull(),
      });

      expect(replacing).toMatchObject({
        whopMembershipStatus: 'payment_failed',
        whopLastPaymentDate: trashed.whopLastPaymentDate,
      });

      expect(before).toMatchObject({ payments: 2, linkedTimelineEntries: 1, taskTargets: 1 });
      expect(await countUnder('opportunity', replacing.id)).toEqual(before);
      expect(await countUnder('opportunity', trashed.id)).toEqual({
        payments: 0,
        timelineEntries: 0,
        linkedTimelineEntries: 0,
        noteTargets: 0,
        taskTargets: 0,
      });
    });
  });

  it('leaves a payment the seller trashed in the trash, and writes it anew', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await trashWorkspaceRecords(app, context, 'whopPayment', { whopId: 'pay_renewal' });

    expect(await paymentApply.applyPayments(context, [buildFailedRenewal(1)])).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(
      await findWorkspaceRecords(app, context, 'whopPayment', { deletedAt: IsNull() }),
    ).toEqual([expect.objectContaining({ whopId: 'pay_renewal', status: 'open' })]);
  });

  it('keeps a due date the seller cleared cleared until a new failure', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await updateFollowUpTaskAsTheSeller({ dueAt: null });
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    expect(await findOne('task', {})).toMatchObject({ status: 'TODO', dueAt: null });

    await paymentApply.applyPayments(context, [buildFailedRenewal(2)]);
    expect(await findOne('task', {})).toMatchObject({
      status: 'TODO',
      dueAt: new Date('2026-04-03T09:31:00.000Z'),
    });
  });

  it('leaves open a task the seller reopened after the payment went through', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await paymentApply.applyPayments(context, [RECOVERED_RENEWAL]);
    expect(await findOne('task', {})).toMatchObject({ status: 'DONE' });

    await updateFollowUpTaskAsTheSeller({ status: 'TODO' });
    await paymentApply.applyPayments(context, [buildFailedRenewal(1), RECOVERED_RENEWAL]);
    await paymentApply.refreshAllMembershipPaymentStates(context);

    expect(await findOne('task', {})).toMatchObject({ status: 'TODO' });
    expect((await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopMembershipStatus).toBe(
      'active',
    );
  });

  it('leaves open a task the seller had closed before the payment went through, then reopened', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await updateFollowUpTaskAsTheSeller({ status: 'DONE' });
    await paymentApply.applyPayments(context, [RECOVERED_RENEWAL]);
    await updateFollowUpTaskAsTheSeller({ status: 'TODO' });
    await paymentApply.refreshAllMembershipPaymentStates(context);

    expect(await findOne('task', {})).toMatchObject({ status: 'TODO' });
  });

  it('keeps payment_failed when the membership is re-applied while its latest payment failed', async () => {
    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(
        context,
        [buildWhopMembership({ status: 'past_due', updated_at: '2026-04-01T10:00:00.000Z' })],
        PLANS,
      );

    expect((await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopMembershipStatus).toBe(
      'payment_failed',
    );
  });

  it('keeps payment_failed and the task open while a later payment is pending, and closes it once that one is paid', async () => {
    const pendingRenewal = {
      ...RECOVERED_RENEWAL,
      status: 'pending' as const,
      substatus: 'pending' as const,
      paid_at: null,
      updated_at: '2026-04-05T11:59:05.000Z',
    };

    await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    await paymentApply.applyPayments(context, [pendingRenewal]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(
        context,
        [buildWhopMembership({ status: 'active', updated_at: '2026-04-05T11:59:10.000Z' })],
        PLANS,
      );

    expect((await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopMembershipStatus).toBe(
      'payment_failed',
    );
    expect(await findOne('task', {})).toMatchObject({ status: 'TODO' });

    await paymentApply.applyPayments(context, [RECOVERED_RENEWAL]);

    expect(await findOne('task', {})).toMatchObject({ status: 'DONE' });
    expect((await findOne('opportunity', { whopMembershipId: 'mem_1' })).whopMembershipStatus).toBe(
      'active',
    );
  });

  it('writes one note per failed payment and keeps one task for the membership', async () => {
    await paymentApply.applyPayments(context, [
      buildFailedRenewal(1),
      buildWhopPayment({
        id: 'pay_next',
        status: 'open',
        substatus: 'failed',
        paid_at: null,
        failure_message: 'Expired card.',
        created_at: '2026-05-01T09:30:00.000Z',
        updated_at: '2026-05-01T09:31:00.000Z',
        last_payment_attempt: '2026-05-01T09:31:00.000Z',
      }),
    ]);

    expect(await countWorkspaceRecords(app, context, 'note')).toBe(2);
    expect(await findOne('task', {})).toMatchObject({ status: 'TODO' });
    expect((await findOne('task', {})).bodyV2Markdown).toContain('Expired card.');
  });

  it('rolls up lifetime value per currency net of refunds, and the memberships still held', async () => {
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(
        context,
        [
          buildWhopMembership({ id: 'mem_2', status: 'trialing' }),
          buildWhopMembership({ id: 'mem_3', status: 'expired' }),
        ],
        PLANS,
      );
    await paymentApply.applyPayments(context, [
      buildWhopPayment(),
      buildWhopPayment({
        id: 'pay_partial',
        substatus: 'partially_refunded',
        refunded_amount: 5,
        refunded_at: '2026-03-03T00:00:00.000Z',
      }),
      buildWhopPayment({
        id: 'pay_refunded',
        total: 10,
        substatus: 'refunded',
        refunded_amount: 10,
      }),
      buildWhopPayment({ id: 'pay_eur', currency: 'eur', total: 30, subtotal: 30 }),
      buildFailedRenewal(1),
    ]);

    expect(await findOne('person', { whopUserId: 'user_1' })).toMatchObject({
      whopLifetimeValues: { USD: '34980000', EUR: '30000000' },
      whopLifetimeValueAmountMicros: '34980000',
      whopLifetimeValueCurrencyCode: 'USD',
      whopActiveMemberships: 2,
    });
  });

  // Two Whop companies connected to one workspace share a customer: each sync's page refreshes
  // their rollups from the payments it sees.
  it("rolls up the lifetime value from the payments another company's sync writes meanwhile", async () => {
    await paymentApply.applyPayments(context, [buildWhopPayment()]);
    const person = await findOne('person', { whopUserId: 'user_1' });
    const otherSync = await openWorkspaceTransaction(app, context);

    await otherSync.runner.query(
      `INSERT INTO "${otherSync.schema}"."whopPayment"
         ("whopId", "personId", "amountAmountMicros", "amountCurrencyCode", "status", "substatus")
       VALUES ('pay_other_company', $1, 10000000, 'USD', 'paid', 'succeeded')`,
      [person.id],
    );
    await app.get(WhopRollupService).refreshPersonRollupsInTransaction(
      {
        workspaceId: context.workspaceId,
        syncedAt: context.syncedAt,
        issues: context.issues,
        manager: otherSync.runner.manager,
      },
      [person.id],
    );
    const applying = paymentApply.applyPayments(context, [
      buildWhopPayment({ id: 'pay_2', created_at: '2026-04-01T09:31:00.000Z' }),
    ]);

    await otherSync.commitOnceWaitedOn();
    await applying;

    expect(await findOne('person', { whopUserId: 'user_1' })).toMatchObject({
      whopLifetimeValues: { USD: '49980000' },
      whopLifetimeValueAmountMicros: '49980000',
    });
  });

  it('creates the person of a payment from an unknown user', async () => {
    await paymentApply.applyPayments(context, [
      buildWhopPayment({
        id: 'pay_new',
        user: { id: 'user_7', email: 'linus@example.com', name: 'Linus T' },
        member: { id: 'mber_7', phone: '+33100000000' },
        membership: null,
      }),
    ]);

    const person = await findOne('person', { whopUserId: 'user_7' });

    expect(person).toMatchObject({
      whopMemberId: 'mber_7',
      phonesPrimaryPhoneNumber: '+33100000000',
    });
    expect(await findOne('whopPayment', { whopId: 'pay_new' })).toMatchObject({
      personId: person.id,
      opportunityId: null,
    });
    expect((await findOne('person', { id: person.id })).whopLifetimeValues).toEqual({
      USD: '19990000',
    });
  });

  // A run that stopped after storing the retry that went through, before its payment states; and
  // display text that changes under a failure that does not.
  describe('a failed renewal across runs', () => {
    const applyMembership = (updatedAt: string) =>
      app
        .get(WhopOpportunityApplyService)
        .applyMemberships(context, [buildWhopMembership({ updated_at: updatedAt })], PLANS);
    const findOpportunity = () => findOne('opportunity', { whopMembershipId: 'mem_1' });
    const findTask = () => findOne('task', {});

    beforeEach(async () => {
      await paymentApply.applyPayments(context, [buildFailedRenewal(1)]);
    });

    it('closes the task once when the next run restores a membership whose recovered payment a stopped run stored', async () => {
      await paymentApply.applyPayments({ ...context, deferredMembershipIds: new Set() }, [
        RETRIED_RENEWAL_PAID,
      ]);
      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'payment_failed' });
      expect(await findTask()).toMatchObject({ status: 'TODO' });

      // The next run: memberships, then its payment states.
      await applyMembership('2026-04-02T10:00:00.000Z');
      await paymentApply.refreshAllMembershipPaymentStates(context);

      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'active' });
      expect(await findTask()).toMatchObject({ status: 'DONE' });

      await updateFollowUpTaskAsTheSeller({ status: 'TODO' });
      await applyMembership('2026-04-03T10:00:00.000Z');
      await paymentApply.refreshAllMembershipPaymentStates(context);

      expect(await findTask()).toMatchObject({ status: 'TODO' });
    });

    it('restores the status Whop reports, not active, when a sync run finds the failed renewal paid', async () => {
      const cancelingOnWhop = { id: 'mem_1', status: 'canceling' as const, phone_number: null };
      const deferredMembershipIds = new Set<string>();
      const run: WhopApplyContext = { ...context, deferredMembershipIds };

      // The run's memberships step: the customer set the membership to end at the period's end.
      await app.get(WhopOpportunityApplyService).applyMemberships(
        run,
        [
          buildWhopMembership({
            status: 'canceling',
            cancel_at_period_end: true,
            updated_at: '2026-04-02T10:00:00.000Z',
          }),
        ],
        PLANS,
      );
      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'payment_failed' });

      // Its payments step, then the payment states it deferred to the end of the run.
      await paymentApply.applyPayments(run, [
        { ...RETRIED_RENEWAL_PAID, membership: cancelingOnWhop },
      ]);
      await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'canceling' });
      expect(await findTask()).toMatchObject({ status: 'DONE' });
    });

    it('closes the task once the renewal of a membership that ended goes through, and keeps it closed when Whop brings the membership back', async () => {
      const applyMembershipWithStatus = (status: 'expired' | 'active', updatedAt: string) =>
        app
          .get(WhopOpportunityApplyService)
          .applyMemberships(
            context,
            [buildWhopMembership({ status, updated_at: updatedAt })],
            PLANS,
          );
      const deferredMembershipIds = new Set<string>();
      const run: WhopApplyContext = { ...context, deferredMembershipIds };

      // Whop gave up retrying; the task stays with the seller.
      await applyMembershipWithStatus('expired', '2026-04-02T00:00:00.000Z');
      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'expired' });
      expect(await findTask()).toMatchObject({ status: 'TODO' });

      // The customer pays and Whop reactivates the membership after a run read it as expired: the
      // run stores the payment, which closes the task, and the next run reads the membership
      // active again.
      await paymentApply.applyPayments(run, [
        {
          ...RETRIED_RENEWAL_PAID,
          membership: { id: 'mem_1', status: 'expired', phone_number: null },
        },
      ]);
      await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);
      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'expired' });
      expect(await findTask()).toMatchObject({ status: 'DONE' });

      await applyMembershipWithStatus('active', '2026-04-03T00:00:00.000Z');

      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'active' });
      expect(await findTask()).toMatchObject({ status: 'DONE' });
    });

    it('closes the task once when the renewal went through, though the membership ended before the run read the payment', async () => {
      const deferredMembershipIds = new Set<string>();
      const run: WhopApplyContext = { ...context, deferredMembershipIds };

      // Whop retried the renewal, it went through, then the customer canceled: the run reads the
      // membership canceled, then the payment paid.
      await app.get(WhopOpportunityApplyService).applyMemberships(
        run,
        [
          buildWhopMembership({
            status: 'canceled',
            canceled_at: '2026-04-03T08:00:00.000Z',
            updated_at: '2026-04-03T08:00:00.000Z',
          }),
        ],
        PLANS,
      );
      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'canceled' });
      expect(await findTask()).toMatchObject({ status: 'TODO' });
      await paymentApply.applyPayments(run, [
        {
          ...RETRIED_RENEWAL_PAID,
          membership: { id: 'mem_1', status: 'canceled', phone_number: null },
        },
      ]);
      await paymentApply.refreshMembershipPaymentStates(context, [...deferredMembershipIds]);

      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'canceled' });
      expect(await findTask()).toMatchObject({ status: 'DONE' });

      await updateFollowUpTaskAsTheSeller({ status: 'TODO' });
      await paymentApply.refreshAllMembershipPaymentStates(context);

      expect(await findTask()).toMatchObject({ status: 'TODO' });
    });

    it('retitles the open task when the product is renamed, without waiting for a payment', async () => {
      await app
        .get(WhopProductApplyService)
        .applyProducts(context, [
          buildWhopProduct({ title: 'Pro Elite', updated_at: '2026-04-05T00:00:00.000Z' }),
        ]);
      // An older version of the membership, which the opportunity ignores, leaves the task too.
      await applyMembership('2026-02-01T00:00:00.000Z');
      expect(await findTask()).toMatchObject({
        title: 'Follow up: failed payment for Pro Community — Monthly',
      });

      await applyMembership('2026-04-05T00:00:01.000Z');

      expect(await findTask()).toMatchObject({
        status: 'TODO',
        title: 'Follow up: failed payment for Pro Elite — Monthly',
        dueAt: new Date('2026-04-02T09:31:00.000Z'),
      });
      expect(await countWorkspaceRecords(app, context, 'taskTarget')).toBe(2);
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
      await paymentApply.refreshAllMembershipPaymentStates(context);

      expect(await findTask()).toMatchObject({
        status: 'DONE',
        dueAt: new Date('2026-04-10T00:00:00.000Z'),
        title: 'Follow up: failed payment for Pro Elite — Monthly',
      });
    });

    it('keeps the title and body the seller gave the task when the product is renamed', async () => {
      await updateFollowUpTaskAsTheSeller({
        title: 'Call Ada about her card',
        bodyV2Markdown: 'She asked us to call after 5 PM.',
      });
      await app
        .get(WhopProductApplyService)
        .applyProducts(context, [
          buildWhopProduct({ title: 'Pro Elite', updated_at: '2026-04-05T00:00:00.000Z' }),
        ]);
      await applyMembership('2026-04-05T00:00:01.000Z');

      expect(await findTask()).toMatchObject({
        status: 'TODO',
        title: 'Call Ada about her card',
        bodyV2Markdown: 'She asked us to call after 5 PM.',
      });
    });

    it('marks a membership whose stored latest payment is past due payment_failed', async () => {
      await paymentApply.applyPayments(context, [
        {
          ...buildFailedRenewal(1),
          id: 'pay_past_due',
          substatus: 'past_due',
          failure_message: null,
          payments_failed: 2,
          created_at: '2026-05-01T09:30:00.000Z',
          updated_at: '2026-05-01T09:31:05.000Z',
        },
      ]);
      await paymentApply.refreshAllMembershipPaymentStates(context);

      expect(await findOpportunity()).toMatchObject({ whopMembershipStatus: 'payment_failed' });
      expect((await findTask()).bodyV2Markdown).toContain('pay_past_due');
    });
  });
});
