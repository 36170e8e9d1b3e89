import type { OpportunitiesFilters } from '@/opportunities/types/OpportunitiesFilters';

export const DEFAULT_OPPORTUNITIES_FILTERS: OpportunitiesFilters = {
  whopMembershipStatuses: [],
  whopProductId: null,
};
