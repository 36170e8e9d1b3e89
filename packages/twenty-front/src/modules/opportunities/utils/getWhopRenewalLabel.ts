import type { Opportunity } from '@/opportunities/types/Opportunity';

const ENDED_STATUSES = ['canceled', 'expired', 'completed'];
const OVERDUE_STATUSES = ['past_due', 'payment_failed'];

// How a membership's renewal date reads: it renews, it ends there (canceled at period end), it
// ended (no longer running), or its renewal is unpaid since then (past due).
export const getWhopRenewalLabel = (
  {
    whopMembershipStatus,
    whopCancelAtPeriodEnd,
    whopRenewalDate,
  }: Pick<Opportunity, 'whopMembershipStatus' | 'whopCancelAtPeriodEnd' | 'whopRenewalDate'>,
  now = Date.now(),
): 'Renews' | 'Ends' | 'Ended' | 'Unpaid since' => {
  const isEnded = ENDED_STATUSES.includes(whopMembershipStatus ?? '');
  const isPast = whopRenewalDate !== null && Date.parse(whopRenewalDate) <= now;

  if (isEnded && isPast) {
    return 'Ended';
  }
  if (isPast && OVERDUE_STATUSES.includes(whopMembershipStatus ?? '')) {
    return 'Unpaid since';
  }

  return isEnded || whopCancelAtPeriodEnd === true || whopMembershipStatus === 'canceling'
    ? 'Ends'
    : 'Renews';
};
