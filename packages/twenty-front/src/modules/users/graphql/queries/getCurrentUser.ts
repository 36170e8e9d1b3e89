import { gql, type TypedDocumentNode } from '@apollo/client';

import type { User } from '@/users/types/User';

export type GetCurrentUserQuery = {
  currentUser: User;
};

export const GET_CURRENT_USER: TypedDocumentNode<GetCurrentUserQuery> = gql`
  query GetCurrentUser {
    currentUser {
      id
      email
      firstName
      lastName
    }
  }
`;
