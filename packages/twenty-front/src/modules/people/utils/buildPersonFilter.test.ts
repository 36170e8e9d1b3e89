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
        whopUsername: '  ',
      }),
    ).toBeUndefined();
  });

  it('turns each filter into its flattened column filter', () => {
    expect(
      buildPersonFilter({
        whopStatus: 'noActiveMembership',
        minLifetimeValue: '149.99',
        whopUsername: '100%_ada',
      }),
    ).toEqual({
      whopUserId: { is: 'NOT_NULL' },
      whopActiveMemberships: { lt: 1 },
      whopLifetimeValueAmountMicros: { gte: 149_990_000 },
      whopUsername: { ilike: '%100\\%\\_ada%' },
    });
  });
});
