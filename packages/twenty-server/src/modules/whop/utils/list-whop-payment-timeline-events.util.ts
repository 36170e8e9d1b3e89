import { isDefined } from 'twenty-shared';

import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import {
  classifyWhopPayment,
  type WhopPaymentClassificationSource,
} from 'src/modules/whop/utils/classify-whop-payment.util';

export type WhopPaymentTimelineEvent = 'succeeded' | 'failed' | 'refunded';

// The timeline events a payment's current state implies, oldest first: a refunded payment that
// was paid also succeeded; pending and other payments imply none.
export const listWhopPaymentTimelineEvents = (
  payment: WhopPaymentClassificationSource & Pick<WhopPaymentColumns, 'paidAt'>,
): WhopPaymentTimelineEvent[] => {
  switch (classifyWhopPayment(payment)) {
    case 'succeeded':
      return ['succeeded'];
    case 'failed':
      return ['failed'];
    case 'refunded':
    case 'partially_refunded':
      return isDefined(payment.paidAt) ? ['succeeded', 'refunded'] : ['refunded'];
    default:
      return [];
  }
};
