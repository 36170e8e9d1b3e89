import { useQuery } from '@apollo/client';

import { FIND_ONE_OPPORTUNITY } from '@/opportunities/graphql/queries/findOneOpportunity';

export const useFindOneOpportunity = (opportunityId: string) => {
  const { data, loading, error, refetch } = useQuery(FIND_ONE_OPPORTUNITY, {
    variables: { id: opportunityId },
  });

  return {
    opportunity: data?.opportunity ?? null,
    loading,
    error,
    retry: () => {
      // A failed refetch is reported through `error`.
      refetch().catch(() => undefined);
    },
  };
};
