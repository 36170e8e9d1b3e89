import type { WhopPaymentOutcome } from 'twenty-shared';

import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';

export type WhopPayment = {
  id: string;
  whopId: string;
  amount: CurrencyAmount;
  status: string | null;
  substatus: string | null;
  outcome: WhopPaymentOutcome;
  billingReason: string | null;
  paidAt: string | null;
  refundedAmount: CurrencyAmount;
  refundedAt: string | null;
  failureMessage: string | null;
  nextPaymentAttemptAt: string | null;
  personId: string | null;
  opportunityId: string | null;
  whopProductId: string | null;
  whopCreatedAt: string | null;
  createdAt: string;
};
