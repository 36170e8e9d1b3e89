import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import {
  FIND_MANY_OPPORTUNITIES,
  type OpportunityOrderByField,
} from '@/opportunities/graphql/queries/findManyOpportunities';

const FIND_MANY_OPPORTUNITIES_VARIABLES: FindManyRecordsVariables<OpportunityOrderByField> =
  {
    first: DEFAULT_QUERY_PAGE_SIZE,
    orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
  };

export const useFindManyOpportunities = () =>
  useFindManyRecords({
    query: FIND_MANY_OPPORTUNITIES,
    variables: FIND_MANY_OPPORTUNITIES_VARIABLES,
    selectConnection: (data) => data.opportunities,
  });
