import { gql } from '@apollo/client';

export const WHOP_CONNECTION_FRAGMENT = gql`
  fragment WhopConnectionFields on WhopConnection {
    id
    whopCompanyId
    whopCompanyTitle
    whopUserName
    status
    syncStatus
    syncStage
    fullSyncQueuedAt
    syncProgress {
      step
      steps {
        step
        processed
        total
      }
      recordsPerSecond
      startedAt
      rateSince {
        at
        processed
      }
      warnings
      errors
    }
    lastSyncError
    nextSyncRetryAt
    throttleFailureCount
    lastSyncAt
    lastFullSyncAt
    lastIncrementalSyncAt
    nextScheduledSyncAt
    syncIntervalMinutes
    authFailedAt
    revokedAt
    webhookRegistered
    webhookRegistrationError
    createdAt
    updatedAt
    readAt
  }
`;
