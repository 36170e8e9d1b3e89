import { unprocessable } from '../api/whop-api-error';
import { randomId } from '../ids/generate-id.util';
import { roundMoney, taxFor } from '../money/money.util';
import {
  PAYMENT_ATTEMPTS_LIMIT,
  PAYMENT_RETRY_DELAY_MS,
} from '../constants/payment-retry-schedule.constant';
import { NO_REFUNDS } from '../constants/shared-empty.constant';
import type { SandboxStore } from '../store/sandbox-store';
import type {
  MembershipRecord,
  PaymentMethodRecord,
  PaymentRecord,
  RefundRecord,
} from '../types/sandbox-records.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';
import { changeMembershipStatus } from './membership-status.util';
import { refreshMember } from './refresh-member.util';

const DAY_MS = 86_400_000;
const DEFAULT_FAILURE_MESSAGE = 'Your card was declined.';

export type PaymentOutcome = 'succeeded' | 'failed' | 'pending';

const newCard = (now: number): PaymentMethodRecord => ({
  id: randomId('payt_'),
  type: 'card',
  cardBrand: 'visa',
  cardLast4: '4242',
  expMonth: 12,
  expYear: 30,
  createdAt: now,
});

// A payment moves the membership: success renews it (and restores access), failure makes it past_due.
const applyToMembership = (
  store: SandboxStore,
  membership: MembershipRecord,
  outcome: PaymentOutcome,
  now: number,
): SandboxEvent[] => {
  if (outcome === 'pending') return [];
  membership.updatedAt = now;
  if (outcome === 'failed') {
    return ['active', 'trialing', 'canceling'].includes(membership.status)
      ? changeMembershipStatus(membership, 'past_due')
      : [];
  }
  const plan = store.plans.get(membership.planId);
  if (plan?.planType === 'renewal' && plan.billingPeriod !== null) {
    membership.renewalPeriodStart = now;
    membership.renewalPeriodEnd = now + plan.billingPeriod * DAY_MS;
  }
  if (!['past_due', 'unresolved', 'trialing', 'drafted'].includes(membership.status)) return [];
  const transition = changeMembershipStatus(membership, 'active');
  return transition.length > 0 ? transition : [{ type: 'membership.activated', membership }];
};

const setOutcome = (
  payment: PaymentRecord,
  outcome: PaymentOutcome,
  now: number,
  failureMessage?: string,
): void => {
  payment.lastPaymentAttempt = now;
  payment.updatedAt = now;
  if (outcome === 'succeeded') {
    Object.assign(payment, {
      status: 'paid',
      substatus: 'succeeded',
      paidAt: now,
      failureMessage: null,
      nextPaymentAttempt: null,
    });
  } else if (outcome === 'failed') {
    Object.assign(payment, {
      status: 'open',
      substatus: 'failed',
      failureMessage: failureMessage ?? DEFAULT_FAILURE_MESSAGE,
      paymentsFailed: payment.paymentsFailed + 1,
      nextPaymentAttempt:
        payment.paymentsFailed + 1 < PAYMENT_ATTEMPTS_LIMIT ? now + PAYMENT_RETRY_DELAY_MS : null,
    });
  } else {
    Object.assign(payment, { status: 'pending', substatus: 'pending' });
  }
};

const finish = (
  store: SandboxStore,
  payment: PaymentRecord,
  now: number,
  events: SandboxEvent[],
): SandboxEvent[] => {
  refreshMember(store, payment.memberId, now);
  return events;
};

const outcomeEvent = (payment: PaymentRecord, outcome: PaymentOutcome): SandboxEvent => ({
  type:
    outcome === 'succeeded'
      ? 'payment.succeeded'
      : outcome === 'failed'
        ? 'payment.failed'
        : 'payment.pending',
  payment,
});

// A new charge on a membership: its first purchase or next renewal.
export const createPayment = (
  store: SandboxStore,
  membership: MembershipRecord,
  input: { outcome: PaymentOutcome; amount?: number; failureMessage?: string },
  now: number,
): { payment: PaymentRecord; events: SandboxEvent[] } => {
  const plan = store.plans.get(membership.planId)!;
  const previous = store.paymentsOfMembership(membership.id);
  const first = previous.every((payment) => payment.paidAt === null);
  const amount =
    input.amount ??
    (plan.planType === 'one_time'
      ? plan.initialPrice
      : first
        ? roundMoney(plan.initialPrice + plan.renewalPrice)
        : plan.renewalPrice);
  if (amount < 0) throw unprocessable('amount must not be negative.');
  const { taxAmount, taxBehavior } = taxFor(amount, membership.currency);

  const payment: PaymentRecord = {
    id: randomId('pay_'),
    companyId: membership.companyId,
    membershipId: membership.id,
    memberId: membership.memberId,
    userId: membership.userId,
    planId: membership.planId,
    productId: membership.productId,
    status: 'draft',
    substatus: 'drafted',
    billingReason:
      plan.planType === 'one_time'
        ? 'one_time'
        : first
          ? 'subscription_create'
          : 'subscription_cycle',
    currency: membership.currency,
    subtotal: amount,
    taxAmount,
    taxBehavior,
    total: amount,
    refundedAmount: 0,
    refundedAt: null,
    refunds: NO_REFUNDS,
    failureMessage: null,
    paidAt: null,
    paymentsFailed: 0,
    lastPaymentAttempt: null,
    nextPaymentAttempt: null,
    paymentMethod: previous[previous.length - 1]?.paymentMethod ?? newCard(now),
    createdAt: now,
    updatedAt: now,
  };
  setOutcome(payment, input.outcome, now, input.failureMessage);
  store.addPayment(payment);
  const events: SandboxEvent[] = [
    { type: 'payment.created', payment },
    outcomeEvent(payment, input.outcome),
    ...applyToMembership(store, membership, input.outcome, now),
  ];
  return { payment, events: finish(store, payment, now, events) };
};

export const succeedPayment = (
  store: SandboxStore,
  payment: PaymentRecord,
  now: number,
): SandboxEvent[] => {
  if (payment.paidAt !== null) throw unprocessable(`Payment ${payment.id} has already succeeded.`);
  setOutcome(payment, 'succeeded', now);
  const membership = store.memberships.get(payment.membershipId)!;
  return finish(store, payment, now, [
    outcomeEvent(payment, 'succeeded'),
    ...applyToMembership(store, membership, 'succeeded', now),
  ]);
};

export const failPayment = (
  store: SandboxStore,
  payment: PaymentRecord,
  failureMessage: string | undefined,
  now: number,
): SandboxEvent[] => {
  if (payment.paidAt !== null)
    throw unprocessable(`Payment ${payment.id} has already succeeded and cannot fail.`);
  setOutcome(payment, 'failed', now, failureMessage);
  const membership = store.memberships.get(payment.membershipId)!;
  return finish(store, payment, now, [
    outcomeEvent(payment, 'failed'),
    ...applyToMembership(store, membership, 'failed', now),
  ]);
};

// Full refund by default; a partial refund leaves the payment `partially_refunded`.
export const refundPayment = (
  store: SandboxStore,
  payment: PaymentRecord,
  amount: number | undefined,
  now: number,
): { refund: RefundRecord; events: SandboxEvent[] } => {
  if (payment.paidAt === null)
    throw unprocessable(`Payment ${payment.id} has not been paid, so it cannot be refunded.`);
  const refundable = roundMoney(payment.total - payment.refundedAmount);
  if (refundable <= 0) throw unprocessable(`Payment ${payment.id} is already fully refunded.`);
  const refundAmount = roundMoney(amount ?? refundable);
  if (refundAmount <= 0 || refundAmount > refundable)
    throw unprocessable(`The refund amount must be between 0.01 and ${refundable}.`);

  const refund: RefundRecord = {
    id: randomId('rfnd_'),
    paymentId: payment.id,
    amount: refundAmount,
    currency: payment.currency,
    status: 'succeeded',
    createdAt: now,
  };
  payment.refunds = [...payment.refunds, refund];
  payment.refundedAmount = roundMoney(payment.refundedAmount + refundAmount);
  payment.refundedAt = now;
  payment.substatus = payment.refundedAmount >= payment.total ? 'refunded' : 'partially_refunded';
  payment.updatedAt = now;
  return {
    refund,
    events: finish(store, payment, now, [{ type: 'refund.created', refund, payment }]),
  };
};
