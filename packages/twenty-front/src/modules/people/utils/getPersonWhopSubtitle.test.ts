import { describe, expect, it } from 'vitest';

import { getPersonWhopSubtitle } from '@/people/utils/getPersonWhopSubtitle';

describe('getPersonWhopSubtitle', () => {
  it('names a Whop member by their username', () => {
    expect(getPersonWhopSubtitle({ whopUserId: 'user_ada', whopUsername: 'ada' })).toBe(
      '@ada on Whop',
    );
  });

  it('says a Whop member whose username did not come through is one', () => {
    expect(getPersonWhopSubtitle({ whopUserId: 'user_ada', whopUsername: null })).toBe(
      'Whop member',
    );
  });

  it('says a person without a Whop user is not from Whop', () => {
    expect(getPersonWhopSubtitle({ whopUserId: null, whopUsername: null })).toBe('Not from Whop');
  });
});
