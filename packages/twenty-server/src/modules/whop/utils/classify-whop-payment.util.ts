import { isDefined, type WhopPaymentOutcome } from 'twenty-shared';

import { type WhopPaymentSubstatus } from 'src/modules/whop/types/whop-api.types';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';

export type WhopPaymentClassification = WhopPaymentOutcome;

// Only what a whopPayment row keeps (Whop's `payments_failed` is not among it): a payment just read
// from Whop is classified by its mapped columns, so it and its stored row always agree.
export type WhopPaymentClassificationSource = Pick<
  WhopPaymentColumns,
  'status' | 'substatus' | 'failureMessage' | 'lastPaymentAttemptAt'
>;

// Paid, and the seller still holds the money: a dispute warning (an inquiry, no chargeback yet),
// or a dispute or resolution case decided for the seller. Whop withdraws a disputed amount from
// the seller's balance until the dispute is won, and `dispute_closed` does not say who won.
const SUCCEEDED_SUBSTATUSES: ReadonlyArray<WhopPaymentSubstatus | null> = [
  null,
  'succeeded',
  'dispute_warning',
  'dispute_warning_needs_response',
  'dispute_warning_under_review',
  'dispute_warning_closed',
  'dispute_won',
  'resolution_won',
];

// Whop's word that a charge failed: it failed, or the payment is past due after it did.
const FAILED_SUBSTATUSES: ReadonlyArray<WhopPaymentSubstatus | null> = ['failed', 'past_due'];

// What a payment means for the CRM (timeline events, follow-up tasks, lifetime value):
// - refunded: substatus refunded or auto_refunded; partially_refunded: substatus partially_refunded;
// - failed: substatus failed or past_due, an open or uncollectible payment with a failure message,
//   or an uncollectible one after an attempt (Whop tried and could not collect);
// - succeeded: status paid while the seller holds the money (SUCCEEDED_SUBSTATUSES), or no status
//   (Whop leaves it null at times) with a substatus that says so;
// - pending: status pending, substatus pending, or an open payment with no failure yet;
// - other: everything else (drafts, voids, payments under or lost to a dispute, …).
export const classifyWhopPayment = (
  payment: WhopPaymentClassificationSource,
): WhopPaymentClassification => {
  const { status, substatus, failureMessage, lastPaymentAttemptAt } = payment;

  if (substatus === 'refunded' || substatus === 'auto_refunded') {
    return 'refunded';
  }

  if (substatus === 'partially_refunded') {
    return 'partially_refunded';
  }

  if (
    FAILED_SUBSTATUSES.includes(substatus) ||
    ((status === 'open' || status === 'uncollectible') && isDefined(failureMessage)) ||
    (status === 'uncollectible' && isDefined(lastPaymentAttemptAt))
  ) {
    return 'failed';
  }

  if (
    SUCCEEDED_SUBSTATUSES.includes(substatus) &&
    (status === 'paid' || (status === null && isDefined(substatus)))
  ) {
    return 'succeeded';
  }

  if (status === 'pending' || status === 'open' || substatus === 'pending') {
    return 'pending';
  }

  return 'other';
};
