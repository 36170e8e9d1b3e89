import { useQuery } from '@apollo/client';

import { FIND_ONE_PERSON } from '@/people/graphql/queries/findOnePerson';

export const useFindOnePerson = (personId: string) => {
  const { data, loading, error, refetch } = useQuery(FIND_ONE_PERSON, {
    variables: { id: personId },
  });

  return {
    person: data?.person ?? null,
    loading,
    error,
    retry: () => {
      // A failed refetch is reported through `error`.
      refetch().catch(() => undefined);
    },
  };
};
