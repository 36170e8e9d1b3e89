import type { WhopConnection } from '@/whop/types/WhopConnection';

// A connection as the GraphQL API answers it, typenames included.
export const toGraphQLWhopConnection = (connection: WhopConnection) => ({
  __typename: 'WhopConnection',
  ...connection,
  syncProgress: connection.syncProgress && {
    __typename: 'WhopSyncProgress',
    ...connection.syncProgress,
    steps: connection.syncProgress.steps.map((step) => ({
      __typename: 'WhopSyncStepProgress',
      ...step,
    })),
    rateSince: connection.syncProgress.rateSince && {
      __typename: 'WhopSyncRateSince',
      ...connection.syncProgress.rateSince,
    },
  },
});
