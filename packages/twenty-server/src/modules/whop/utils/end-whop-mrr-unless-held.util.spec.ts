import { WHOP_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { endWhopMrrUnlessHeld } from 'src/modules/whop/utils/end-whop-mrr-unless-held.util';

const HELD = ['active', 'trialing', 'canceling', 'past_due', 'payment_failed'] as const;
const NOT_HELD = ['completed', 'canceled', 'expired', 'unresolved', 'drafted'] as const;

describe('endWhopMrrUnlessHeld', () => {
  it('is told below what each status gives, every status Whop has and ours', () => {
    expect([...HELD, ...NOT_HELD].sort()).toEqual([...WHOP_MEMBERSHIP_STATUSES].sort());
  });

  it.each(HELD)('keeps the MRR of a %p membership, which the customer holds', (status) => {
    expect(endWhopMrrUnlessHeld(status, '19990000')).toBe('19990000');
  });

  it.each(NOT_HELD)(
    'gives a %p membership, which the customer does not hold, an MRR of 0',
    (status) => {
      expect(endWhopMrrUnlessHeld(status, '19990000')).toBe('0');
    },
  );

  it('leaves the MRR of a held membership whose plan is unknown unknown', () => {
    expect(endWhopMrrUnlessHeld('active', null)).toBeNull();
  });

  it('gives an ended membership whose plan is unknown an MRR of 0: nothing recurs', () => {
    expect(endWhopMrrUnlessHeld('canceled', null)).toBe('0');
  });
});
