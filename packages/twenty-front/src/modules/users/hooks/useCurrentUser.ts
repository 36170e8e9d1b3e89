import { useQuery } from '@apollo/client';

import { GET_CURRENT_USER } from '@/users/graphql/queries/getCurrentUser';

export const useCurrentUser = () => {
  const { data, loading, error } = useQuery(GET_CURRENT_USER);

  return { currentUser: data?.currentUser, loading, error };
};
