import { gql, type TypedDocumentNode } from '@apollo/client';

import { WHOP_CONNECTION_FRAGMENT } from '@/whop/graphql/fragments/whopConnectionFragment';
import type { WhopConnection } from '@/whop/types/WhopConnection';

export type FindManyWhopConnectionsQuery = {
  whopConnections: WhopConnection[];
};

export const FIND_MANY_WHOP_CONNECTIONS: TypedDocumentNode<FindManyWhopConnectionsQuery> = gql`
  ${WHOP_CONNECTION_FRAGMENT}
  query FindManyWhopConnections {
    whopConnections {
      ...WhopConnectionFields
    }
  }
`;
