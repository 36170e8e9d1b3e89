import { gql, type TypedDocumentNode } from '@apollo/client';

import { WHOP_CONNECTION_FRAGMENT } from '@/whop/graphql/fragments/whopConnectionFragment';
import type { WhopConnection } from '@/whop/types/WhopConnection';

export type DisconnectWhopMutation = {
  disconnectWhop: WhopConnection;
};

export const DISCONNECT_WHOP: TypedDocumentNode<DisconnectWhopMutation, { id: string }> = gql`
  ${WHOP_CONNECTION_FRAGMENT}
  mutation DisconnectWhop($id: ID!) {
    disconnectWhop(id: $id) {
      ...WhopConnectionFields
    }
  }
`;
