import { useFindOneRecord } from '@/object-record/hooks/useFindOneRecord';
import { FIND_ONE_OPPORTUNITY } from '@/opportunities/graphql/queries/findOneOpportunity';

export const useFindOneOpportunity = (opportunityId: string) =>
  useFindOneRecord({
    query: FIND_ONE_OPPORTUNITY,
    recordId: opportunityId,
    selectRecord: (data) => data.opportunity,
  });
