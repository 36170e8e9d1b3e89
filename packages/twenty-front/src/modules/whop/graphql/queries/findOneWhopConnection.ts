import { gql, type TypedDocumentNode } from '@apollo/client';

import { WHOP_CONNECTION_FRAGMENT } from '@/whop/graphql/fragments/whopConnectionFragment';
import type { WhopConnection } from '@/whop/types/WhopConnection';

export type FindOneWhopConnectionQuery = {
  whopConnection: WhopConnection;
};

export const FIND_ONE_WHOP_CONNECTION: TypedDocumentNode<
  FindOneWhopConnectionQuery,
  { id: string }
> = gql`
  ${WHOP_CONNECTION_FRAGMENT}
  query FindOneWhopConnection($id: ID!) {
    whopConnection(id: $id) {
      ...WhopConnectionFields
    }
  }
`;
