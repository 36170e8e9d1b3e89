import { describe, expect, it } from 'vitest';

import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { buildOpportunityFilter } from '@/opportunities/utils/buildOpportunityFilter';

describe('buildOpportunityFilter', () => {
  it('is undefined when nothing narrows the list', () => {
    expect(buildOpportunityFilter(DEFAULT_OPPORTUNITIES_FILTERS)).toBeUndefined();
  });

  it('filters by the chosen statuses and product', () => {
    expect(
      buildOpportunityFilter({
        whopMembershipStatuses: ['past_due', 'payment_failed'],
        whopProductId: 'product-1',
      }),
    ).toEqual({
      whopMembershipStatus: { in: ['past_due', 'payment_failed'] },
      whopProductId: { eq: 'product-1' },
    });
  });
});
