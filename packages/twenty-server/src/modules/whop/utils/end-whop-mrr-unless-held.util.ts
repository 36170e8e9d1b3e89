import { WHOP_ACTIVE_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-active-membership-statuses.constant';
import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';

// A membership's MRR (micros): its plan's while the customer holds it (unknown while the plan is),
// 0 once it has ended or never started, whatever its plan: nothing recurs.
export const endWhopMrrUnlessHeld = (
  status: WhopMembershipStatus,
  planMrrMicros: string | null,
): string | null => (WHOP_ACTIVE_MEMBERSHIP_STATUSES.includes(status) ? planMrrMicros : '0');
