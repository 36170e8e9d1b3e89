import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';
import type { WhopPaymentOutcome } from '@/whop/types/WhopPaymentOutcome';

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
