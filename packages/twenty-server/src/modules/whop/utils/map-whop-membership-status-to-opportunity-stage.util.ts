import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { type WhopOpportunityStageWhenActive } from 'src/modules/whop/types/whop-record-columns.types';

export const WHOP_HELD_MEMBERSHIP_STAGE: WhopOpportunityStageWhenActive = 'CUSTOMER';

// An active or trialing membership makes its opportunity a CUSTOMER; any other status → null,
// meaning: leave the stage as the seller set it.
export const mapWhopMembershipStatusToOpportunityStage = (
  status: WhopMembershipStatus | null | undefined,
): WhopOpportunityStageWhenActive | null =>
  status === 'active' || status === 'trialing' ? WHOP_HELD_MEMBERSHIP_STAGE : null;
