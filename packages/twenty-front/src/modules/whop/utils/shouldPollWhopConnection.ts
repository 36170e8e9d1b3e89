import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { isWhopSyncStageOngoing } from '@/whop/utils/isWhopSyncStageOngoing';

// The settings page follows a sync live while it runs, while the first (or a requested) full sync
// waits for its turn, and while a run the seller asked for (or the scheduled check) has not shown
// up yet, within the follow window. It does not poll a connection at rest: INCREMENTAL_PENDING is
// where a healthy connection waits for its scheduled run.
export const shouldPollWhopConnection = (
  { status, syncStatus, syncStage }: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>,
  syncRequest: Pick<WhopSyncRequest, 'hasTimedOut'> | null = null,
): boolean =>
  status === 'active' &&
  (syncStatus === 'ONGOING' ||
    isWhopSyncStageOngoing(syncStage) ||
    syncStage === 'FULL_SYNC_PENDING' ||
    (syncRequest !== null && !syncRequest.hasTimedOut));
