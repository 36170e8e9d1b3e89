import { isDefined } from 'twenty-shared';

import { type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';

export type WhopPaymentClassification =
  'succeeded' | 'failed' | 'refunded' | 'partially_refunded' | 'pending' | 'other';

export type WhopPaymentClassificationSource = Pick<
  WhopPayment,
  'status' | 'substatus' | 'failure_message' | 'payments_failed'
>;

// What a payment means for the CRM (timeline events, follow-up tasks, lifetime value):
// - refunded: substatus refunded or auto_refunded; partially_refunded: substatus partially_refunded;
// - failed: substatus failed, or status open/uncollectible with a failure message or failed attempts;
// - succeeded: status paid with substatus succeeded or none;
// - pending: status pending, substatus pending, or an open payment with no failure yet;
// - other: everything else (drafts, voids, disputes, …).
export const classifyWhopPayment = (
  payment: WhopPaymentClassificationSource,
): WhopPaymentClassification => {
  const { status, substatus } = payment;

  if (substatus === 'refunded' || substatus === 'auto_refunded') {
    return 'refunded';
  }

  if (substatus === 'partially_refunded') {
    return 'partially_refunded';
  }

  const hasFailedAttempt =
    isDefined(parseWhopOptionalText(payment.failure_message)) ||
    (isDefined(payment.payments_failed) && payment.payments_failed > 0);

  if (
    substatus === 'failed' ||
    ((status === 'open' || status === 'uncollectible') && hasFailedAttempt)
  ) {
    return 'failed';
  }

  if (status === 'paid' && (substatus === 'succeeded' || !isDefined(substatus))) {
    return 'succeeded';
  }

  if (status === 'pending' || status === 'open' || substatus === 'pending') {
    return 'pending';
  }

  return 'other';
};
