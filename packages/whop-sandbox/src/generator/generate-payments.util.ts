import {
  PAYMENT_ATTEMPTS_LIMIT,
  PAYMENT_RETRY_DELAY_MS,
} from '../constants/payment-retry-schedule.constant';
import { NO_REFUNDS } from '../constants/shared-empty.constant';
import { generateId } from '../ids/generate-id.util';
import { roundMoney, taxFor } from '../money/money.util';
import type {
  MembershipRecord,
  PaymentMethodRecord,
  PaymentRecord,
} from '../types/sandbox-records.type';
import type {
  BillingReason,
  CardBrand,
  PaymentMethodType,
  PaymentSubstatus,
  ReceiptStatus,
} from '../types/whop-enums.type';
import { FAILURE_MESSAGES } from './name-pools.constant';
import { type Prng, weightedTable } from './prng.util';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const METHOD_TYPE = weightedTable<PaymentMethodType>([
  ['card', 80],
  ['paypal', 10],
  ['apple_pay', 7],
  ['crypto', 3],
]);
const CARD_BRAND = weightedTable<CardBrand>([
  ['visa', 55],
  ['mastercard', 30],
  ['amex', 10],
  ['discover', 5],
]);

export type GeneratedPaymentOutcome =
  'succeeded' | 'failed' | 'pending' | 'refunded' | 'partially_refunded';

// One payment method per membership, as a customer usually keeps the same card.
export const generatePaymentMethod = (prng: Prng, createdAt: number): PaymentMethodRecord => {
  const type = prng.weighted(METHOD_TYPE);
  const hasCard = type === 'card' || type === 'apple_pay';
  return {
    id: generateId('payt_', prng.next),
    type,
    cardBrand: hasCard ? prng.weighted(CARD_BRAND) : null,
    cardLast4: hasCard ? String(prng.int(0, 9999)).padStart(4, '0') : null,
    expMonth: hasCard ? prng.int(1, 12) : null,
    expYear: hasCard ? prng.int(27, 32) : null,
    createdAt,
  };
};

export type GeneratedPaymentInput = {
  membership: MembershipRecord;
  createdAt: number;
  amount: number;
  billingReason: BillingReason;
  outcome: GeneratedPaymentOutcome;
  paymentMethod: PaymentMethodRecord;
  referenceTime: number;
};

// A payment's status by how it went. Whop leaves it null at times (WHOP_API.md), its substatus
// still saying how it went: here about one succeeded payment in 62, by its id (no draw from the
// seed's sequence, so the rest of the data stays as it was).
const receiptStatus = (id: string, outcome: PaymentSubstatus): ReceiptStatus | null => {
  if (outcome === 'failed') return 'open';
  if (outcome === 'pending') return 'pending';

  return outcome === 'succeeded' && id.endsWith('z') ? null : 'paid';
};

export const generatePayment = (prng: Prng, input: GeneratedPaymentInput): PaymentRecord => {
  const { membership, createdAt, amount, outcome, referenceTime } = input;
  const id = generateId('pay_', prng.next);
  const { taxAmount, taxBehavior } = taxFor(amount, membership.currency);
  const settled =
    outcome === 'succeeded' || outcome === 'refunded' || outcome === 'partially_refunded';
  const paidAt = settled ? createdAt + prng.int(1_000, 120_000) : null;
  const failed = outcome === 'failed';
  // A failed charge is first tried 1–3 hours after its creation, then again on schedule up to the
  // reference time, until the limit.
  const firstAttemptDelay = failed ? prng.int(1, 3) * HOUR_MS : 0;
  const paymentsFailed = failed
    ? Math.min(
        PAYMENT_ATTEMPTS_LIMIT,
        1 +
          Math.floor(
            Math.max(0, referenceTime - createdAt - firstAttemptDelay) / PAYMENT_RETRY_DELAY_MS,
          ),
      )
    : prng.chance(0.05) && settled
      ? 1
      : 0;
  const lastPaymentAttempt = Math.min(
    referenceTime,
    failed
      ? createdAt + firstAttemptDelay + (paymentsFailed - 1) * PAYMENT_RETRY_DELAY_MS
      : (paidAt ?? createdAt),
  );

  let refundedAmount = 0;
  let refundedAt: number | null = null;
  let refunds = NO_REFUNDS;
  if (paidAt !== null && outcome !== 'succeeded') {
    refundedAmount =
      outcome === 'refunded' ? amount : roundMoney(amount * (0.2 + prng.next() * 0.5));
    refundedAt = Math.min(referenceTime, paidAt + prng.int(HOUR_MS, 14 * DAY_MS));
    refunds = [
      {
        id: generateId('rfnd_', prng.next),
        paymentId: id,
        amount: refundedAmount,
        currency: membership.currency,
        status: 'succeeded',
        createdAt: refundedAt,
      },
    ];
  }

  return {
    id,
    companyId: membership.companyId,
    membershipId: membership.id,
    memberId: membership.memberId,
    userId: membership.userId,
    planId: membership.planId,
    productId: membership.productId,
    status: receiptStatus(id, outcome),
    substatus: outcome,
    billingReason: input.billingReason,
    currency: membership.currency,
    subtotal: amount,
    taxAmount,
    taxBehavior,
    total: amount,
    refundedAmount,
    refundedAt,
    refunds,
    failureMessage: failed ? prng.pick(FAILURE_MESSAGES) : null,
    paidAt,
    paymentsFailed,
    lastPaymentAttempt,
    nextPaymentAttempt:
      failed && paymentsFailed < PAYMENT_ATTEMPTS_LIMIT
        ? lastPaymentAttempt + PAYMENT_RETRY_DELAY_MS
        : null,
    paymentMethod: input.paymentMethod,
    createdAt,
    updatedAt: Math.max(createdAt, paidAt ?? 0, refundedAt ?? 0, lastPaymentAttempt),
  };
};
