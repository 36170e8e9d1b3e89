import { ApolloProvider } from '@apollo/client';
import { useStore } from 'jotai';
import { RESET } from 'jotai/utils';
import { type ReactNode, useMemo } from 'react';
import { isDefined } from 'twenty-shared';

import { createApolloClient } from '@/apollo/utils/createApolloClient';
import { authTokenState } from '@/auth/states/authTokenState';

type AppApolloProviderProps = {
  children: ReactNode;
};

export const AppApolloProvider = ({ children }: AppApolloProviderProps) => {
  const store = useStore();

  const apolloClient = useMemo(
    () =>
      createApolloClient({
        getAccessToken: () => store.get(authTokenState)?.accessToken ?? null,
        onUnauthenticated: () => {
          if (isDefined(store.get(authTokenState))) {
            store.set(authTokenState, RESET);
          }
        },
      }),
    [store],
  );

  return <ApolloProvider client={apolloClient}>{children}</ApolloProvider>;
};
