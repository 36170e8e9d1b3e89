import type { WhopConnectionStatus, WhopSyncStage, WhopSyncStatus } from 'twenty-shared';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';

export type WhopConnection = {
  id: string;
  whopCompanyId: string;
  whopCompanyTitle: string;
  whopUserName: string | null;
  status: WhopConnectionStatus;
  syncStatus: WhopSyncStatus;
  syncStage: WhopSyncStage;
  // When the full sync waiting to start was queued; null unless one waits.
  fullSyncQueuedAt: string | null;
  syncProgress: WhopSyncProgress | null;
  // Why the running sync waits (an attempt failed, or a Whop call is retried within it), or why
  // the last one failed.
  lastSyncError: string | null;
  // While a run waits for its next attempt after a failed one, when that attempt is due (ISO);
  // null otherwise, including while a single Whop call is retried within an attempt.
  nextSyncRetryAt: string | null;
  // The run's failed attempts so far; reset when a run starts.
  throttleFailureCount: number;
  lastSyncAt: string | null;
  // When the queue runs the scheduled reconcile next; null when it is not scheduled.
  nextScheduledSyncAt: string | null;
  // How often the scheduled reconcile checks Whop (WHOP_SYNC_INTERVAL_MINUTES on the server); null
  // when the server schedules none.
  syncIntervalMinutes: number | null;
  lastFullSyncAt: string | null;
  lastIncrementalSyncAt: string | null;
  authFailedAt: string | null;
  revokedAt: string | null;
  webhookRegistered: boolean;
  webhookRegistrationError: string | null;
  createdAt: string;
  // When the connection was last written: a running sync writes it as it saves each page.
  updatedAt: string;
  // When the server read it for the answer the page holds: how old the page's figures are.
  readAt: string;
};
