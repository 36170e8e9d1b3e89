import { gql, type TypedDocumentNode } from '@apollo/client';

import type { Workspace } from '@/workspace/types/Workspace';

export type GetCurrentWorkspaceQuery = {
  currentWorkspace: Workspace;
};

export const GET_CURRENT_WORKSPACE: TypedDocumentNode<GetCurrentWorkspaceQuery> = gql`
  query GetCurrentWorkspace {
    currentWorkspace {
      id
      displayName
      createdAt
    }
  }
`;
