import { isDefined } from 'twenty-shared';

import type { OpportunitiesFilters } from '@/opportunities/types/OpportunitiesFilters';
import type { OpportunityFilter } from '@/opportunities/types/OpportunityFilter';

// The Opportunities filter bar's values as an `OpportunityFilterInput`; undefined when nothing
// narrows the list.
export const buildOpportunityFilter = ({
  whopMembershipStatuses,
  whopProductId,
}: OpportunitiesFilters): OpportunityFilter | undefined => {
  const filter: OpportunityFilter = {
    ...(whopMembershipStatuses.length > 0 && {
      whopMembershipStatus: { in: whopMembershipStatuses },
    }),
    ...(isDefined(whopProductId) && { whopProductId: { eq: whopProductId } }),
  };

  return Object.keys(filter).length === 0 ? undefined : filter;
};
