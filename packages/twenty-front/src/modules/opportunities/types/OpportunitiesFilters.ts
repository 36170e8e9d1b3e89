import type { WhopMembershipStatus } from '@/whop/types/WhopMembershipStatus';

export type OpportunitiesFilters = {
  whopMembershipStatuses: WhopMembershipStatus[];
  whopProductId: string | null;
};
