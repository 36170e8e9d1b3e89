import { isDefined } from 'twenty-shared';

import { type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { classifyWhopPayment } from 'src/modules/whop/utils/classify-whop-payment.util';

export type WhopPaymentTimelineEvent = 'succeeded' | 'failed' | 'refunded';

// The timeline events a payment's current state implies, oldest first: a refunded payment that
// was paid also succeeded; pending and other payments imply none.
export const listWhopPaymentTimelineEvents = (
  payment: Pick<
    WhopPayment,
    'status' | 'substatus' | 'failure_message' | 'payments_failed' | 'paid_at'
  >,
): WhopPaymentTimelineEvent[] => {
  switch (classifyWhopPayment(payment)) {
    case 'succeeded':
      return ['succeeded'];
    case 'failed':
      return ['failed'];
    case 'refunded':
    case 'partially_refunded':
      return isDefined(payment.paid_at) ? ['succeeded', 'refunded'] : ['refunded'];
    default:
      return [];
  }
};
