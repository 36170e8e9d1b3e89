import type { Opportunity } from '@/opportunities/types/Opportunity';

const ENDED_STATUSES = ['canceled', 'expired', 'completed'];

// How a membership's renewal date reads: it renews, it ends there (canceled at period end), or it
// ended (no longer running).
export const getWhopRenewalLabel = (
  {
    whopMembershipStatus,
    whopCancelAtPeriodEnd,
    whopRenewalDate,
  }: Pick<Opportunity, 'whopMembershipStatus' | 'whopCancelAtPeriodEnd' | 'whopRenewalDate'>,
  now = Date.now(),
): 'Renews' | 'Ends' | 'Ended' => {
  const isEnded = ENDED_STATUSES.includes(whopMembershipStatus ?? '');

  if (isEnded && whopRenewalDate !== null && Date.parse(whopRenewalDate) <= now) {
    return 'Ended';
  }

  return isEnded || whopCancelAtPeriodEnd === true || whopMembershipStatus === 'canceling'
    ? 'Ends'
    : 'Renews';
};
