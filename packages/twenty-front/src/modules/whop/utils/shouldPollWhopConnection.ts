import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import type { WhopConnection } from '@/whop/types/WhopConnection';

const RUNNING_STAGE_PATTERN = /_ONGOING$/;

// The settings page follows a sync live while it runs, while the first (or a requested) full sync
// waits for its turn, and for a short while after the seller asked for a sync. It does not poll a
// connection at rest: INCREMENTAL_PENDING is where a healthy connection waits for its scheduled run.
export const shouldPollWhopConnection = (
  { status, syncStatus, syncStage }: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>,
  syncRequestedAt: number | null = null,
  now: number = Date.now(),
): boolean =>
  status === 'active' &&
  (syncStatus === 'ONGOING' ||
    RUNNING_STAGE_PATTERN.test(syncStage) ||
    syncStage === 'FULL_SYNC_PENDING' ||
    (isDefined(syncRequestedAt) && now - syncRequestedAt < WHOP_SYNC_FOLLOW_WINDOW_MS));
