import { ApolloClient, from, HttpLink } from '@apollo/client';

import { GRAPHQL_URI } from '@/apollo/constants/GraphqlUri';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { createAuthorizationLink } from '@/apollo/utils/createAuthorizationLink';
import { createUnauthenticatedErrorLink } from '@/apollo/utils/createUnauthenticatedErrorLink';

type CreateApolloClientArgs = {
  getAccessToken: () => string | null;
  onUnauthenticated: () => void;
};

export const createApolloClient = ({
  getAccessToken,
  onUnauthenticated,
}: CreateApolloClientArgs) =>
  new ApolloClient({
    link: from([
      createUnauthenticatedErrorLink(onUnauthenticated),
      createAuthorizationLink(getAccessToken),
      new HttpLink({ uri: GRAPHQL_URI }),
    ]),
    cache: createApolloCache(),
  });
