import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';
import type { WhopPayment } from '@/whop/types/WhopPayment';

// Why a payment failed, and when Whop charges it again while that is still ahead:
// "Your card was declined. · next retry Dec 7, 2026".
export const formatWhopPaymentFailure = (
  {
    failureMessage,
    nextPaymentAttemptAt,
  }: Pick<WhopPayment, 'failureMessage' | 'nextPaymentAttemptAt'>,
  now: Date = new Date(),
): string | null => {
  if (!isDefined(failureMessage)) {
    return null;
  }

  return isDefined(nextPaymentAttemptAt) && new Date(nextPaymentAttemptAt) > now
    ? `${failureMessage} · next retry ${formatDate(nextPaymentAttemptAt)}`
    : failureMessage;
};
