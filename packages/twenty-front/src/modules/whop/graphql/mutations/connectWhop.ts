import { gql, type TypedDocumentNode } from '@apollo/client';

export type ConnectWhopMutation = {
  connectWhop: { authorizeUrl: string };
};

export type ConnectWhopMutationVariables = { connectionId?: string };

// With a connection: reconnects its company. Without: connects the first company the approved
// grant reaches that is not connected yet.
export const CONNECT_WHOP: TypedDocumentNode<ConnectWhopMutation, ConnectWhopMutationVariables> =
  gql`
    mutation ConnectWhop($connectionId: ID) {
      connectWhop(connectionId: $connectionId) {
        authorizeUrl
      }
    }
  `;
