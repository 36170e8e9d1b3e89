import { ApolloClient, from, HttpLink } from '@apollo/client';

import { GRAPHQL_URI } from '@/apollo/constants/GraphqlUri';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { createAuthorizationLink } from '@/apollo/utils/createAuthorizationLink';
import { createUnauthenticatedErrorLink } from '@/apollo/utils/createUnauthenticatedErrorLink';

type CreateApolloClientArgs = {
  getAccessToken: () => string | null;
  onUnauthenticated: () => void;
};

export const createApolloClient = ({ getAccessToken, onUnauthenticated }: CreateApolloClientArgs) =>
  new ApolloClient({
    link: from([
      createUnauthenticatedErrorLink(onUnauthenticated),
      createAuthorizationLink(getAccessToken),
      new HttpLink({ uri: GRAPHQL_URI }),
    ]),
    cache: createApolloCache(),
    // Records change behind the seller's back (syncs, webhooks): a page shows what it has at once
    // and refreshes it from the server every time it opens.
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
