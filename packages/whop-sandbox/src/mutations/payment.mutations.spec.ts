import { generateDataset } from '../generator/generate-dataset.util';
import { SandboxStore } from '../store/sandbox-store';
import type { MembershipRecord } from '../types/sandbox-records.type';
import { createPayment, failPayment, refundPayment, succeedPayment } from './payment.mutations';

const NOW = Date.UTC(2026, 6, 20, 12);

const loadStore = (): SandboxStore => {
  const store = new SandboxStore();
  store.load(generateDataset({ seed: 5, members: 200, referenceTime: Date.UTC(2026, 6, 20) }));
  return store;
};

const activeRenewal = (store: SandboxStore): MembershipRecord =>
  store.memberships
    .all()
    .find(
      (membership) =>
        membership.status === 'active' &&
        store.plans.get(membership.planId)!.planType === 'renewal',
    )!;

describe('payment mutations', () => {
  it('a renewal payment renews the period and fires created then succeeded', () => {
    const store = loadStore();
    const membership = activeRenewal(store);
    const plan = store.plans.get(membership.planId)!;
    const { payment, events } = createPayment(store, membership, { outcome: 'succeeded' }, NOW);
    expect(events.map((event) => event.type)).toEqual(['payment.created', 'payment.succeeded']);
    expect(payment).toMatchObject({
      status: 'paid',
      substatus: 'succeeded',
      paidAt: NOW,
      billingReason: 'subscription_cycle',
      total: plan.renewalPrice,
      currency: membership.currency,
    });
    expect(membership.renewalPeriodEnd).toBe(NOW + plan.billingPeriod! * 86_400_000);
    expect(store.paymentsOfMembership(membership.id)).toContain(payment);
    expect(store.payments.get(payment.id)).toBe(payment);
  });

  it('a failed payment makes the membership past_due; succeeding it restores access', () => {
    const store = loadStore();
    const membership = activeRenewal(store);
    const { payment, events } = createPayment(
      store,
      membership,
      { outcome: 'failed', failureMessage: 'Insufficient funds' },
      NOW,
    );
    expect(events.map((event) => event.type)).toEqual(['payment.created', 'payment.failed']);
    expect(payment).toMatchObject({
      status: 'open',
      substatus: 'failed',
      paymentsFailed: 1,
      failureMessage: 'Insufficient funds',
      nextPaymentAttempt: NOW + 3 * 86_400_000,
    });
    expect(membership.status).toBe('past_due');

    expect(failPayment(store, payment, undefined, NOW + 1).map((event) => event.type)).toEqual([
      'payment.failed',
    ]);
    expect(payment.paymentsFailed).toBe(2);
    expect(payment.nextPaymentAttempt).toBe(NOW + 1 + 3 * 86_400_000);

    expect(succeedPayment(store, payment, NOW + 2).map((event) => event.type)).toEqual([
      'payment.succeeded',
      'membership.activated',
    ]);
    expect(membership.status).toBe('active');
    expect(() => succeedPayment(store, payment, NOW)).toThrow('already succeeded');
    expect(() => failPayment(store, payment, undefined, NOW)).toThrow('cannot fail');
  });

  it('plans no retry once a charge has failed four times', () => {
    const store = loadStore();
    const { payment } = createPayment(
      store,
      activeRenewal(store),
      { outcome: 'failed', failureMessage: 'Insufficient funds' },
      NOW,
    );

    failPayment(store, payment, undefined, NOW + 1);
    failPayment(store, payment, undefined, NOW + 2);
    expect(payment.nextPaymentAttempt).toBe(NOW + 2 + 3 * 86_400_000);
    failPayment(store, payment, undefined, NOW + 3);
    expect(payment).toMatchObject({ paymentsFailed: 4, nextPaymentAttempt: null });
  });

  it('refunds partially, then fully, and updates the member lifetime value', () => {
    const store = loadStore();
    const membership = activeRenewal(store);
    const { payment } = createPayment(store, membership, { outcome: 'succeeded', amount: 20 }, NOW);
    const member = store.members.get(membership.memberId)!;
    const spentBefore = member.usdTotalSpent;

    const partial = refundPayment(store, payment, 5, NOW + 1);
    expect(partial.events).toEqual([{ type: 'refund.created', refund: partial.refund, payment }]);
    expect(payment).toMatchObject({
      substatus: 'partially_refunded',
      refundedAmount: 5,
      refundedAt: NOW + 1,
      updatedAt: NOW + 1,
    });
    expect(member.usdTotalSpent).toBeLessThan(spentBefore);

    refundPayment(store, payment, undefined, NOW + 2);
    expect(payment).toMatchObject({ substatus: 'refunded', refundedAmount: 20 });
    expect(payment.refunds.map((refund) => refund.amount)).toEqual([5, 15]);
    expect(() => refundPayment(store, payment, undefined, NOW)).toThrow('already fully refunded');
  });

  it('refuses refunds larger than what is left, and of unpaid payments', () => {
    const store = loadStore();
    const membership = activeRenewal(store);
    const { payment } = createPayment(store, membership, { outcome: 'succeeded', amount: 10 }, NOW);
    expect(() => refundPayment(store, payment, 10.01, NOW)).toThrow('between 0.01 and 10');
    const pending = createPayment(store, membership, { outcome: 'pending' }, NOW).payment;
    expect(() => refundPayment(store, pending, undefined, NOW)).toThrow('has not been paid');
  });
});
