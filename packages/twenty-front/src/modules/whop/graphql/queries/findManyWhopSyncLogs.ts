import { gql, type TypedDocumentNode } from '@apollo/client';

import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';

export type FindManyWhopSyncLogsQuery = {
  whopSyncLogs: RecordConnection<WhopSyncLog>;
};

export type FindManyWhopSyncLogsVariables = {
  connectionId: string;
  first?: number;
  after?: string | null;
};

export const FIND_MANY_WHOP_SYNC_LOGS: TypedDocumentNode<
  FindManyWhopSyncLogsQuery,
  FindManyWhopSyncLogsVariables
> = gql`
  query FindManyWhopSyncLogs($connectionId: ID!, $first: Int, $after: String) {
    whopSyncLogs(connectionId: $connectionId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          status
          counts {
            object
            created
            updated
            unchanged
          }
          issues {
            level
            whopId
            message
          }
          issueCount
          errorMessage
          startedAt
          completedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;
