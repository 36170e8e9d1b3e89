import { useQuery } from '@apollo/client';

import { GET_CURRENT_WORKSPACE } from '@/workspace/graphql/queries/getCurrentWorkspace';

export const useCurrentWorkspace = () => {
  const { data, loading, error } = useQuery(GET_CURRENT_WORKSPACE);

  return { currentWorkspace: data?.currentWorkspace, loading, error };
};
