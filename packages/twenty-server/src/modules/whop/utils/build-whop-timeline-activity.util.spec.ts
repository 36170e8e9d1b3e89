import {
  buildWhopMembership,
  buildWhopPayment,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  buildWhopMembershipTimelineActivity,
  buildWhopPaymentTimelineActivity,
} from 'src/modules/whop/utils/build-whop-timeline-activity.util';

const linkedRecordCachedName = 'Pro Community — Monthly';

describe('buildWhopMembershipTimelineActivity', () => {
  it('builds "membership activated" at the membership\'s creation', () => {
    expect(
      buildWhopMembershipTimelineActivity({
        event: 'activated',
        membership: buildWhopMembership(),
        linkedRecordCachedName,
      }),
    ).toEqual({
      name: 'whop.membership.activated',
      happensAt: new Date('2026-01-15T09:30:00.000Z'),
      properties: {
        whopMembershipId: 'mem_1',
        status: 'active',
        whopPlanId: 'plan_1',
        whopProductWhopId: 'prod_1',
        cancelAtPeriodEnd: false,
        cancellationReason: null,
      },
      linkedRecordCachedName,
      dedupeKey: 'whop:membership.activated:mem_1',
    });
  });

  it("dates a later membership by its own creation, not by the user's first join to the company", () => {
    const activity = buildWhopMembershipTimelineActivity({
      event: 'activated',
      membership: buildWhopMembership({
        joined_at: '2025-11-11T10:00:00.000Z',
        created_at: '2026-07-06T14:00:00.000Z',
      }),
      linkedRecordCachedName,
    });

    expect(activity?.happensAt).toEqual(new Date('2026-07-06T14:00:00.000Z'));
  });

  it('builds "membership canceled" at canceled_at, one per cancellation', () => {
    const membership = buildWhopMembership({
      status: 'canceled',
      canceled_at: '2026-02-20T08:00:00Z',
      cancellation_reason: ' Too expensive ',
      cancel_option: 'too_expensive',
    });
    const activity = buildWhopMembershipTimelineActivity({
      event: 'canceled',
      membership,
      linkedRecordCachedName,
    });

    expect(activity).toMatchObject({
      name: 'whop.membership.canceled',
      happensAt: new Date('2026-02-20T08:00:00.000Z'),
      properties: { status: 'canceled', cancellationReason: 'Too expensive' },
      dedupeKey: 'whop:membership.canceled:mem_1:2026-02-20T08:00:00.000Z',
    });
  });

  it('builds "membership canceled" at the last update when Whop gives no canceled_at', () => {
    const activity = buildWhopMembershipTimelineActivity({
      event: 'canceled',
      membership: buildWhopMembership({ status: 'canceled', canceled_at: null }),
      linkedRecordCachedName,
    });

    expect([activity?.happensAt, activity?.dedupeKey]).toEqual([
      new Date('2026-03-01T10:00:00.000Z'),
      'whop:membership.canceled:mem_1',
    ]);
  });

  it('builds "membership expired" at the end of the renewal period', () => {
    const activity = buildWhopMembershipTimelineActivity({
      event: 'expired',
      membership: buildWhopMembership({ status: 'expired' }),
      linkedRecordCachedName,
    });

    expect(activity).toMatchObject({
      name: 'whop.membership.expired',
      happensAt: new Date('2026-03-31T09:31:00.000Z'),
      dedupeKey: 'whop:membership.expired:mem_1:2026-03-31T09:31:00.000Z',
    });
  });

  // Whop brought the membership back and its next period ran out too.
  it('gives each period that ran out its own "membership expired"', () => {
    const buildKey = (renewalPeriodEnd: string | null, updatedAt: string) =>
      buildWhopMembershipTimelineActivity({
        event: 'expired',
        membership: buildWhopMembership({
          status: 'expired',
          renewal_period_end: renewalPeriodEnd,
          updated_at: updatedAt,
        }),
        linkedRecordCachedName,
      })?.dedupeKey;

    expect(buildKey('2026-04-30T09:31:00.000Z', '2026-05-01T00:00:00Z')).toBe(
      'whop:membership.expired:mem_1:2026-04-30T09:31:00.000Z',
    );
    expect(buildKey('2026-03-31T09:31:00.000Z', '2026-05-01T00:00:00Z')).toBe(
      buildKey('2026-03-31T09:31:00.000Z', '2026-04-01T00:00:00Z'),
    );
    // Without a period end, once: the last update moves with every change.
    expect(buildKey(null, '2026-05-01T00:00:00Z')).toBe('whop:membership.expired:mem_1');
  });

  it('gives the same dedupe key however the timestamp is written', () => {
    const first = buildWhopMembershipTimelineActivity({
      event: 'canceled',
      membership: buildWhopMembership({ canceled_at: '2026-02-20T08:00:00Z' }),
      linkedRecordCachedName,
    });
    const second = buildWhopMembershipTimelineActivity({
      event: 'canceled',
      membership: buildWhopMembership({
        canceled_at: '2026-02-20T09:00:00.000+01:00',
        updated_at: '2026-04-01T00:00:00Z',
      }),
      linkedRecordCachedName,
    });

    expect(second?.dedupeKey).toBe(first?.dedupeKey);
  });

  it('does not throw without plan, product or user', () => {
    const activity = buildWhopMembershipTimelineActivity({
      event: 'activated',
      membership: buildWhopMembership({ plan: null, product: null, user: null }),
      linkedRecordCachedName,
    });

    expect(activity?.properties).toMatchObject({ whopPlanId: null, whopProductWhopId: null });
  });

  it('returns null when Whop gives no usable timestamp', () => {
    const activity = buildWhopMembershipTimelineActivity({
      event: 'expired',
      membership: buildWhopMembership({
        renewal_period_end: null,
        canceled_at: null,
        updated_at: 'garbage',
      }),
      linkedRecordCachedName,
    });

    expect(activity).toBeNull();
  });
});

describe('buildWhopPaymentTimelineActivity', () => {
  it('builds "payment succeeded" at paid_at', () => {
    expect(
      buildWhopPaymentTimelineActivity({
        event: 'succeeded',
        payment: buildWhopPayment(),
        linkedRecordCachedName,
      }),
    ).toEqual({
      name: 'whop.payment.succeeded',
      happensAt: new Date('2026-03-01T09:32:00.000Z'),
      properties: {
        whopPaymentId: 'pay_1',
        amountMicros: '19990000',
        currencyCode: 'USD',
        refundedAmountMicros: null,
        status: 'paid',
        substatus: 'succeeded',
        billingReason: 'subscription_cycle',
        failureMessage: null,
        whopMembershipId: 'mem_1',
      },
      linkedRecordCachedName,
      dedupeKey: 'whop:payment.succeeded:pay_1',
    });
  });

  it('keeps the succeeded key when the payment is later updated', () => {
    const later = buildWhopPayment({
      updated_at: '2026-04-01T00:00:00.000Z',
      substatus: 'refunded',
    });

    expect(
      buildWhopPaymentTimelineActivity({
        event: 'succeeded',
        payment: later,
        linkedRecordCachedName,
      })?.dedupeKey,
    ).toBe('whop:payment.succeeded:pay_1');
  });

  it('builds "payment failed" at the last attempt, one per attempt', () => {
    const payment = buildWhopPayment({
      status: 'open',
      substatus: 'failed',
      paid_at: null,
      failure_message: 'Your card was declined.',
      payments_failed: 2,
      last_payment_attempt: '2026-03-03T09:31:00.000Z',
    });
    const activity = buildWhopPaymentTimelineActivity({
      event: 'failed',
      payment,
      linkedRecordCachedName,
    });

    expect(activity).toMatchObject({
      name: 'whop.payment.failed',
      happensAt: new Date('2026-03-03T09:31:00.000Z'),
      properties: { failureMessage: 'Your card was declined.', substatus: 'failed' },
      dedupeKey: 'whop:payment.failed:pay_1:2026-03-03T09:31:00.000Z',
    });
  });

  it('builds "payment refunded" at refunded_at with the refunded amount', () => {
    const payment = buildWhopPayment({
      total: 29.99,
      currency: 'eur',
      substatus: 'refunded',
      refunded_amount: 29.99,
      refunded_at: '2026-03-05T12:00:00.000Z',
    });
    const activity = buildWhopPaymentTimelineActivity({
      event: 'refunded',
      payment,
      linkedRecordCachedName,
    });

    expect(activity).toMatchObject({
      name: 'whop.payment.refunded',
      happensAt: new Date('2026-03-05T12:00:00.000Z'),
      properties: {
        amountMicros: '29990000',
        refundedAmountMicros: '29990000',
        currencyCode: 'EUR',
      },
      dedupeKey: 'whop:payment.refunded:pay_1:2026-03-05T12:00:00.000Z',
    });
  });

  it('falls back to created_at for a succeeded payment without paid_at', () => {
    const activity = buildWhopPaymentTimelineActivity({
      event: 'succeeded',
      payment: buildWhopPayment({ paid_at: null }),
      linkedRecordCachedName,
    });

    expect(activity?.happensAt).toEqual(new Date('2026-03-01T09:31:00.000Z'));
  });

  it('does not throw without nested objects', () => {
    const activity = buildWhopPaymentTimelineActivity({
      event: 'failed',
      payment: buildWhopPayment({
        user: null,
        member: null,
        membership: null,
        plan: null,
        product: null,
        last_payment_attempt: null,
      }),
      linkedRecordCachedName,
    });

    expect(activity).toMatchObject({
      happensAt: new Date('2026-03-01T09:32:05.000Z'),
      properties: { whopMembershipId: null },
      dedupeKey: 'whop:payment.failed:pay_1',
    });
  });
});
