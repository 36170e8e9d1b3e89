import { gql, type TypedDocumentNode } from '@apollo/client';

import type { User } from '@/users/types/User';
import type { Workspace } from '@/workspace/types/Workspace';

export type SignInMutation = {
  signIn: {
    accessToken: string;
    expiresAt: string;
    workspace: Workspace;
    user: User;
  };
};

export type SignInMutationVariables = {
  email: string;
  password: string;
};

export const SIGN_IN: TypedDocumentNode<SignInMutation, SignInMutationVariables> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      accessToken
      expiresAt
      workspace {
        id
        displayName
        createdAt
      }
      user {
        id
        email
        firstName
        lastName
      }
    }
  }
`;
