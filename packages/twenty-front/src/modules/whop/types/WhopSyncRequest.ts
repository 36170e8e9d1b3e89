import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';

// A run the page waits to see: one the seller asked for (its type), or the scheduled check once
// due (type null). It keeps what the connection showed when it was asked for: a run that started
// and ended between two reads shows only by what it changed (its start time, a completion time, a
// failure's reason).
export type WhopSyncRequest = Pick<
  WhopConnection,
  'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'lastSyncError'
> & {
  // When the last run the connection showed started (its progress' `startedAt`); null: none shown.
  runStartedAt: string | null;
  type: WhopSyncRunType | null;
  requestedAt: number;
  // Not seen to start within the follow window: the page stopped following it, and says so.
  hasTimedOut: boolean;
};
