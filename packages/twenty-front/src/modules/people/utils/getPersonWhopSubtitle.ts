import { isDefined } from 'twenty-shared';

import type { Person } from '@/people/types/Person';

// Where a person stands with Whop, under their name: a person is from Whop by their Whop user
// (a member whose username did not come through is one), not by their username.
export const getPersonWhopSubtitle = ({
  whopUserId,
  whopUsername,
}: Pick<Person, 'whopUserId' | 'whopUsername'>): string => {
  if (isDefined(whopUsername)) {
    return `@${whopUsername} on Whop`;
  }

  return isDefined(whopUserId) ? 'Whop member' : 'Not from Whop';
};
