import { WHOP_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { endWhopMrrUnlessHeld } from 'src/modules/whop/utils/end-whop-mrr-unless-held.util';

const HELD = ['active', 'trialing', 'canceling', 'past_due', 'payment_failed'];

describe('endWhopMrrUnlessHeld', () => {
  it.each(WHOP_MEMBERSHIP_STATUSES.map((status) => [status]))(
    'keeps the MRR of a %p membership only while the customer holds it',
    (status) => {
      expect(endWhopMrrUnlessHeld(status, '19990000')).toBe(
        HELD.includes(status) ? '19990000' : '0',
      );
    },
  );

  it('leaves an unknown MRR unknown', () => {
    expect(endWhopMrrUnlessHeld('canceled', null)).toBeNull();
  });
});
