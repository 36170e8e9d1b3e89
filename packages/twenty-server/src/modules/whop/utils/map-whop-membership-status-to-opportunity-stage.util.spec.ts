import {
  WHOP_MEMBERSHIP_STATUSES,
  type WhopMembershipStatus,
} from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { mapWhopMembershipStatusToOpportunityStage } from 'src/modules/whop/utils/map-whop-membership-status-to-opportunity-stage.util';

const EXPECTED_STAGES: Record<WhopMembershipStatus, 'CUSTOMER' | null> = {
  trialing: 'CUSTOMER',
  active: 'CUSTOMER',
  past_due: null,
  completed: null,
  canceled: null,
  expired: null,
  unresolved: null,
  drafted: null,
  canceling: null,
  payment_failed: null,
};

describe('mapWhopMembershipStatusToOpportunityStage', () => {
  it('covers every membership status, Whop’s and ours', () => {
    expect([...WHOP_MEMBERSHIP_STATUSES].sort()).toEqual(Object.keys(EXPECTED_STAGES).sort());
    expect(WHOP_MEMBERSHIP_STATUSES).toHaveLength(10);
  });

  it.each(WHOP_MEMBERSHIP_STATUSES.map((status) => [status, EXPECTED_STAGES[status]]))(
    'maps %p to %p',
    (status, expected) => {
      expect(mapWhopMembershipStatusToOpportunityStage(status as WhopMembershipStatus)).toBe(
        expected,
      );
    },
  );

  it.each([null, undefined])('leaves the stage unchanged for %p', (status) => {
    expect(mapWhopMembershipStatusToOpportunityStage(status)).toBeNull();
  });
});
