import type { WhopConnection } from '@/whop/types/WhopConnection';

// A connection that finished its first full sync an hour ago, webhook registered.
export const buildMockWhopConnection = (
  overrides: Partial<WhopConnection> = {},
): WhopConnection => ({
  id: 'connection-1',
  whopCompanyId: 'biz_acme',
  whopCompanyTitle: 'Acme Courses',
  whopUserName: 'ada',
  status: 'active',
  syncStatus: 'ACTIVE',
  syncStage: 'INCREMENTAL_PENDING',
  fullSyncQueuedAt: null,
  syncProgress: null,
  lastSyncError: null,
  nextSyncRetryAt: null,
  throttleFailureCount: 0,
  lastSyncAt: '2025-03-14T10:02:00.000Z',
  nextScheduledSyncAt: '2099-03-14T11:00:00.000Z',
  syncIntervalMinutes: 60,
  lastFullSyncAt: '2025-03-14T10:02:00.000Z',
  lastIncrementalSyncAt: null,
  authFailedAt: null,
  revokedAt: null,
  webhookRegistered: true,
  webhookRegistrationError: null,
  createdAt: '2025-03-14T10:00:00.000Z',
  updatedAt: '2025-03-14T11:02:00.000Z',
  readAt: '2025-03-14T11:03:00.000Z',
  ...overrides,
});
