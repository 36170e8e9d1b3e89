import { describe, expect, it } from 'vitest';

import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import { buildPersonFilter } from '@/people/utils/buildPersonFilter';

describe('buildPersonFilter', () => {
  it('is undefined when nothing narrows the list', () => {
    expect(buildPersonFilter(DEFAULT_PEOPLE_FILTERS)).toBeUndefined();
    expect(
      buildPersonFilter({
        ...DEFAULT_PEOPLE_FILTERS,
        minLifetimeValue: 'abc',
        search: '  ',
      }),
    ).toBeUndefined();
  });

  it('turns each filter into its flattened column filter', () => {
    expect(
      buildPersonFilter({
        whopStatus: 'noActiveMembership',
        minLifetimeValue: '149.99',
        search: '',
      }),
    ).toEqual({
      whopUserId: { is: 'NOT_NULL' },
      whopActiveMemberships: { lt: 1 },
      whopLifetimeValueAmountMicros: { gte: 149_990_000 },
    });
  });

  it('finds each word of the search in the name, the email or the Whop username', () => {
    const inAnySearchedField = (pattern: string) => ({
      or: [
        { nameFirstName: { ilike: pattern } },
        { nameLastName: { ilike: pattern } },
        { emailsPrimaryEmail: { ilike: pattern } },
        { whopUsername: { ilike: pattern } },
      ],
    });

    expect(buildPersonFilter({ ...DEFAULT_PEOPLE_FILTERS, search: ' Emma  100%_h ' })).toEqual({
      and: [inAnySearchedField('%Emma%'), inAnySearchedField('%100\\%\\_h%')],
    });
  });
});
