import { isDefined } from 'twenty-shared';

import { WHOP_ACTIVE_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-active-membership-statuses.constant';
import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';

// A membership's MRR (micros): its plan's while the customer holds it, 0 once it has ended
// (nothing recurs). Unknown stays unknown.
export const endWhopMrrUnlessHeld = (
  status: WhopMembershipStatus,
  planMrrMicros: string | null,
): string | null =>
  isDefined(planMrrMicros) && !WHOP_ACTIVE_MEMBERSHIP_STATUSES.includes(status)
    ? '0'
    : planMrrMicros;
