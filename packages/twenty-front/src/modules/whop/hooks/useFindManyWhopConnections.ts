import { useQuery } from '@apollo/client';

import { FIND_MANY_WHOP_CONNECTIONS } from '@/whop/graphql/queries/findManyWhopConnections';

export type WhopConnectionsResult = ReturnType<typeof useFindManyWhopConnections>;

export const useFindManyWhopConnections = () => {
  const { data, error, refetch } = useQuery(FIND_MANY_WHOP_CONNECTIONS);

  return {
    whopConnections: data?.whopConnections,
    error: data === undefined ? error : undefined,
    retry: () => {
      // A failed refetch is reported through `error`.
      refetch().catch(() => undefined);
    },
  };
};
