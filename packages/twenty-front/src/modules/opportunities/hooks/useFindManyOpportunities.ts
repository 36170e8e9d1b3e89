import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import { FIND_MANY_OPPORTUNITIES } from '@/opportunities/graphql/queries/findManyOpportunities';
import type { OpportunityFilter } from '@/opportunities/types/OpportunityFilter';

type UseFindManyOpportunitiesArgs = {
  filter?: OpportunityFilter;
  first?: number;
};

export const useFindManyOpportunities = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
}: UseFindManyOpportunitiesArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_OPPORTUNITIES,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.opportunities,
  });
