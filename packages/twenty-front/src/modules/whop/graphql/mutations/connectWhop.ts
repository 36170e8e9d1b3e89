import { gql, type TypedDocumentNode } from '@apollo/client';

export type ConnectWhopMutation = {
  connectWhop: { authorizeUrl: string };
};

export const CONNECT_WHOP: TypedDocumentNode<ConnectWhopMutation> = gql`
  mutation ConnectWhop {
    connectWhop {
      authorizeUrl
    }
  }
`;
