import { buildWhopPayment } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { transformWhopPaymentToWhopPayment } from 'src/modules/whop/utils/transform-whop-payment-to-whop-payment.util';

describe('transformWhopPaymentToWhopPayment', () => {
  it('maps a succeeded payment', () => {
    expect(transformWhopPaymentToWhopPayment(buildWhopPayment())).toEqual({
      whopId: 'pay_1',
      amountAmountMicros: '19990000',
      amountCurrencyCode: 'USD',
      status: 'paid',
      substatus: 'succeeded',
      billingReason: 'subscription_cycle',
      paidAt: new Date('2026-03-01T09:32:00.000Z'),
      refundedAmountAmountMicros: null,
      refundedAmountCurrencyCode: null,
      refundedAt: null,
      failureMessage: null,
      lastPaymentAttemptAt: new Date('2026-03-01T09:31:30.000Z'),
      nextPaymentAttemptAt: null,
      whopUserId: 'user_1',
      whopMembershipId: 'mem_1',
      whopProductWhopId: 'prod_1',
      whopPlanId: 'plan_1',
      whopCreatedAt: new Date('2026-03-01T09:31:00.000Z'),
      whopUpdatedAt: new Date('2026-03-01T09:32:05.000Z'),
    });
  });

  it.each([
    [29.99, 'eur', '29990000', 'EUR'],
    [0.5, 'gbp', '500000', 'GBP'],
    [1000000.01, 'usd', '1000000010000', 'USD'],
    ['10.00', 'cad', '10000000', 'CAD'],
    [1500, 'jpy', '1500000000', 'JPY'],
  ])(
    'converts a total of %p %s to %p micros %s',
    (total, currency, expectedMicros, expectedCurrency) => {
      const columns = transformWhopPaymentToWhopPayment(buildWhopPayment({ total, currency }));

      expect([columns.amountAmountMicros, columns.amountCurrencyCode]).toEqual([
        expectedMicros,
        expectedCurrency,
      ]);
    },
  );

  it('falls back to the subtotal when there is no total', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({ total: null, subtotal: 24.5 }),
    );

    expect(columns.amountAmountMicros).toBe('24500000');
  });

  it('keeps a total of 0 rather than falling back to the subtotal', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({ total: 0, subtotal: 24.5 }),
    );

    expect(columns.amountAmountMicros).toBe('0');
  });

  it('reads Money objects', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({
        total: { amount: '10.00', currency: 'eur' },
        refunded_amount: { amount: '2.50', currency: 'eur' },
        currency: null,
      }),
    );

    expect(columns).toMatchObject({
      amountAmountMicros: '10000000',
      amountCurrencyCode: 'EUR',
      refundedAmountAmountMicros: '2500000',
      refundedAmountCurrencyCode: 'EUR',
    });
  });

  it('maps a partially refunded payment', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({
        substatus: 'partially_refunded',
        refunded_amount: 5.01,
        refunded_at: '2026-03-05T12:00:00.000Z',
      }),
    );

    expect(columns).toMatchObject({
      substatus: 'partially_refunded',
      refundedAmountAmountMicros: '5010000',
      refundedAmountCurrencyCode: 'USD',
      refundedAt: new Date('2026-03-05T12:00:00.000Z'),
    });
  });

  it('keeps a negative refund amount exact', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({ refunded_amount: -19.99 }),
    );

    expect(columns.refundedAmountAmountMicros).toBe('-19990000');
  });

  it('maps a failed payment', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({
        status: 'open',
        substatus: 'failed',
        paid_at: null,
        failure_message: ' Your card was declined. ',
        payments_failed: 2,
        last_payment_attempt: '2026-03-02T09:31:00.000Z',
        next_payment_attempt: '2026-03-05T09:31:00.000Z',
      }),
    );

    expect(columns).toMatchObject({
      status: 'open',
      substatus: 'failed',
      paidAt: null,
      failureMessage: 'Your card was declined.',
      lastPaymentAttemptAt: new Date('2026-03-02T09:31:00.000Z'),
      nextPaymentAttemptAt: new Date('2026-03-05T09:31:00.000Z'),
    });
  });

  it('does not throw without nested objects, and reads flat ids', () => {
    const columns = transformWhopPaymentToWhopPayment(
      buildWhopPayment({
        status: null,
        substatus: undefined,
        billing_reason: undefined,
        user: null,
        member: null,
        membership: null,
        membership_id: 'mem_8',
        plan: null,
        plan_id: 'plan_8',
        product: null,
        user_id: 'user_8',
        total: undefined,
        subtotal: undefined,
      }),
    );

    expect(columns).toMatchObject({
      status: null,
      substatus: null,
      billingReason: null,
      amountAmountMicros: null,
      amountCurrencyCode: 'USD',
      whopUserId: 'user_8',
      whopMembershipId: 'mem_8',
      whopPlanId: 'plan_8',
      whopProductWhopId: null,
    });
  });
});
