import { EMPTY_METADATA } from '../constants/shared-empty.constant';
import { generateId } from '../ids/generate-id.util';
import { roundMoney } from '../money/money.util';
import type { MembershipRecord, PaymentRecord, PlanRecord } from '../types/sandbox-records.type';
import {
  CANCEL_OPTIONS,
  type BillingReason,
  type MembershipStatus,
} from '../types/whop-enums.type';
import { getCompanyCreatedAt } from './generate-company.util';
import { CANCELLATION_REASONS } from './name-pools.constant';
import {
  type GeneratedPaymentOutcome,
  generatePayment,
  generatePaymentMethod,
} from './generate-payments.util';
import { type Prng, weightedTable } from './prng.util';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
// Nothing generated is newer than ten minutes before the reference time.
const LATEST_OFFSET_MS = 10 * MINUTE_MS;

const RENEWAL_STATUS = weightedTable<MembershipStatus>([
  ['active', 46],
  ['trialing', 5],
  ['past_due', 6],
  ['canceling', 6],
  ['canceled', 16],
  ['expired', 11],
  ['unresolved', 2],
  ['drafted', 3],
  ['completed', 1],
]);
const ONE_TIME_STATUS = weightedTable<MembershipStatus>([
  ['active', 55],
  ['completed', 30],
  ['expired', 8],
  ['canceled', 2],
  ['drafted', 3],
  ['unresolved', 2],
]);
// Billing cycles paid so far; about three payments per paying membership.
const CYCLES = weightedTable<number>([
  [1, 12],
  [2, 18],
  [3, 25],
  [4, 20],
  [5, 15],
  [6, 10],
]);

type PlannedPayment = {
  at: number;
  outcome: GeneratedPaymentOutcome;
  billingReason: BillingReason;
  amount: number;
};

type Timeline = {
  createdAt: number;
  periodStart: number | null;
  periodEnd: number | null;
  canceledAt: number | null;
  cancelAtPeriodEnd: boolean;
  endedAt: number | null;
  payments: PlannedPayment[];
};

export type GenerateMembershipInput = {
  memberId: string;
  userId: string;
  plan: PlanRecord;
  referenceTime: number;
};

export type GeneratedMembership = { membership: MembershipRecord; payments: PaymentRecord[] };

const settledOutcome = (prng: Prng): GeneratedPaymentOutcome => {
  const roll = prng.next();
  if (roll < 0.03) return 'refunded';
  if (roll < 0.05) return 'partially_refunded';
  return 'succeeded';
};

// Payments at each cycle start; the last one's outcome follows the membership's status.
const cyclePayments = (
  prng: Prng,
  plan: PlanRecord,
  createdAt: number,
  cycles: number,
  last: GeneratedPaymentOutcome | null,
  latest: number,
): PlannedPayment[] => {
  const periodMs = (plan.billingPeriod ?? 30) * DAY_MS;
  const payments: PlannedPayment[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const at = Math.min(latest, createdAt + cycle * periodMs + prng.int(0, 30 * MINUTE_MS));
    const billingReason: BillingReason = cycle === 0 ? 'subscription_create' : 'subscription_cycle';
    const amount =
      cycle === 0 ? roundMoney(plan.initialPrice + plan.renewalPrice) : plan.renewalPrice;
    const outcome = cycle === cycles - 1 && last !== null ? last : settledOutcome(prng);
    if (outcome !== 'failed' && prng.chance(0.04)) {
      payments.push({ at, outcome: 'failed', billingReason, amount });
      payments.push({ at: Math.min(latest, at + HOUR_MS), outcome, billingReason, amount });
    } else {
      payments.push({ at, outcome, billingReason, amount });
    }
  }
  return payments;
};

// As many of the drawn cycles as fit between the company's first day and the current period's
// start: a membership never predates its company.
const fitCycles = (
  cycles: number,
  periodStart: number,
  periodMs: number,
  referenceTime: number,
): number =>
  Math.max(
    1,
    Math.min(
      cycles,
      1 + Math.floor((periodStart - getCompanyCreatedAt(referenceTime) - DAY_MS) / periodMs),
    ),
  );

const renewalTimeline = (
  prng: Prng,
  plan: PlanRecord,
  status: MembershipStatus,
  referenceTime: number,
): Timeline => {
  const latest = referenceTime - LATEST_OFFSET_MS;
  const periodMs = (plan.billingPeriod ?? 30) * DAY_MS;
  const none = { canceledAt: null, cancelAtPeriodEnd: false, endedAt: null };

  if (status === 'trialing') {
    const trialMs = (plan.trialPeriodDays ?? 7) * DAY_MS;
    const createdAt = latest - prng.int(0, trialMs - HOUR_MS);
    return {
      ...none,
      createdAt,
      periodStart: createdAt,
      periodEnd: createdAt + trialMs,
      payments: [],
    };
  }
  if (status === 'drafted') {
    const createdAt = latest - prng.int(0, 60 * DAY_MS);
    const amount = roundMoney(plan.initialPrice + plan.renewalPrice);
    const payments: PlannedPayment[] = prng.chance(0.5)
      ? [
          {
            at: createdAt + 5 * MINUTE_MS,
            outcome: 'failed',
            billingReason: 'subscription_create',
            amount,
          },
        ]
      : [];
    return { ...none, createdAt, periodStart: null, periodEnd: null, payments };
  }

  const drawnCycles = prng.weighted(CYCLES);
  if (status === 'active' || status === 'past_due' || status === 'canceling') {
    const periodStart = latest - prng.int(0, periodMs - HOUR_MS);
    const cycles = fitCycles(drawnCycles, periodStart, periodMs, referenceTime);
    const createdAt = periodStart - (cycles - 1) * periodMs;
    const last: GeneratedPaymentOutcome | null =
      status === 'past_due' ? 'failed' : prng.chance(0.015) ? 'pending' : null;
    const canceling = status === 'canceling';
    return {
      createdAt,
      periodStart,
      periodEnd: periodStart + periodMs,
      canceledAt: canceling ? periodStart + prng.int(0, latest - periodStart) : null,
      cancelAtPeriodEnd: canceling,
      endedAt: null,
      payments: cyclePayments(prng, plan, createdAt, cycles, last, latest),
    };
  }

  const endedAt = latest - prng.int(DAY_MS, 540 * DAY_MS);
  const periodStart = endedAt - periodMs;
  const cycles = fitCycles(drawnCycles, periodStart, periodMs, referenceTime);
  const createdAt = periodStart - (cycles - 1) * periodMs;
  const canceledAt =
    status === 'canceled' || status === 'expired'
      ? periodStart + prng.int(0, Math.floor(periodMs * 0.9))
      : null;
  return {
    createdAt,
    periodStart,
    periodEnd: endedAt,
    canceledAt,
    cancelAtPeriodEnd: status === 'expired',
    endedAt,
    payments: cyclePayments(
      prng,
      plan,
      createdAt,
      cycles,
      status === 'unresolved' ? 'failed' : null,
      latest,
    ),
  };
};

const oneTimeTimeline = (
  prng: Prng,
  plan: PlanRecord,
  status: MembershipStatus,
  referenceTime: number,
): Timeline => {
  const latest = referenceTime - LATEST_OFFSET_MS;
  const amount = plan.initialPrice;
  const base = {
    canceledAt: null,
    cancelAtPeriodEnd: false,
    endedAt: null,
    periodStart: null,
    periodEnd: null,
  };
  const purchase = (at: number, outcome: GeneratedPaymentOutcome): PlannedPayment[] => {
    const payment: PlannedPayment = { at, outcome, billingReason: 'one_time', amount };
    if (outcome === 'failed' || !prng.chance(0.04)) return [payment];
    return [
      { ...payment, outcome: 'failed' },
      { ...payment, at: Math.min(latest, at + 10 * MINUTE_MS) },
    ];
  };

  if (status === 'drafted') {
    const createdAt = latest - prng.int(0, 60 * DAY_MS);
    return {
      ...base,
      createdAt,
      payments: prng.chance(0.5) ? purchase(createdAt + MINUTE_MS, 'failed') : [],
    };
  }
  if (status === 'expired') {
    const expirationMs = (plan.expirationDays ?? 30) * DAY_MS;
    const createdAt = latest - expirationMs - prng.int(DAY_MS, 300 * DAY_MS);
    return {
      ...base,
      createdAt,
      periodStart: createdAt,
      periodEnd: createdAt + expirationMs,
      endedAt: createdAt + expirationMs,
      payments: purchase(createdAt, 'succeeded'),
    };
  }
  if (status === 'canceled') {
    const createdAt = latest - prng.int(2 * DAY_MS, 900 * DAY_MS);
    return {
      ...base,
      createdAt,
      canceledAt: createdAt + prng.int(HOUR_MS, DAY_MS),
      payments: purchase(createdAt, 'refunded'),
    };
  }
  const createdAt = latest - prng.int(HOUR_MS, 900 * DAY_MS);
  const expirationMs = plan.expirationDays === null ? null : plan.expirationDays * DAY_MS;
  const outcome = status === 'unresolved' ? 'failed' : settledOutcome(prng);
  return {
    ...base,
    createdAt,
    periodStart: expirationMs === null ? null : createdAt,
    periodEnd: expirationMs === null ? null : Math.max(createdAt + expirationMs, latest + DAY_MS),
    payments: purchase(createdAt, outcome),
  };
};

const licenseKey = (prng: Prng): string => {
  const block = () => prng.int(0, 0xffffff).toString(16).toUpperCase().padStart(6, '0');
  return `${block()}-${block()}-${block()}`;
};

// One membership with a plausible history: dates follow the plan's billing period, payments
// follow the status (a past_due membership's last payment failed, a trial has none yet).
export const generateMembership = (
  prng: Prng,
  input: GenerateMembershipInput,
): GeneratedMembership => {
  const { plan, referenceTime } = input;
  const status =
    plan.planType === 'renewal' ? prng.weighted(RENEWAL_STATUS) : prng.weighted(ONE_TIME_STATUS);
  const timeline =
    plan.planType === 'renewal'
      ? renewalTimeline(prng, plan, status, referenceTime)
      : oneTimeTimeline(prng, plan, status, referenceTime);
  const cancelled = timeline.canceledAt !== null;

  const membership: MembershipRecord = {
    id: generateId('mem_', prng.next),
    companyId: plan.companyId,
    userId: input.userId,
    memberId: input.memberId,
    planId: plan.id,
    productId: plan.productId,
    status,
    cancelAtPeriodEnd: timeline.cancelAtPeriodEnd,
    canceledAt: timeline.canceledAt,
    cancelOption: cancelled && prng.chance(0.7) ? prng.pick(CANCEL_OPTIONS) : null,
    cancellationReason: cancelled && prng.chance(0.4) ? prng.pick(CANCELLATION_REASONS) : null,
    currency: plan.currency,
    renewalPeriodStart: timeline.periodStart,
    renewalPeriodEnd: timeline.periodEnd,
    licenseKey: prng.chance(0.1) ? licenseKey(prng) : null,
    metadata: EMPTY_METADATA,
    createdAt: timeline.createdAt,
    updatedAt: timeline.createdAt,
  };

  const paymentMethod = generatePaymentMethod(prng, timeline.createdAt);
  const payments = timeline.payments.map((planned) =>
    generatePayment(prng, {
      membership,
      createdAt: planned.at,
      amount: planned.amount,
      billingReason: planned.billingReason,
      outcome: planned.outcome,
      paymentMethod,
      referenceTime,
    }),
  );

  let updatedAt = Math.max(
    timeline.createdAt,
    timeline.canceledAt ?? 0,
    timeline.endedAt ?? 0,
    timeline.periodStart ?? 0,
  );
  for (const payment of payments) updatedAt = Math.max(updatedAt, payment.createdAt);
  membership.updatedAt = Math.min(updatedAt, referenceTime);
  return { membership, payments };
};
