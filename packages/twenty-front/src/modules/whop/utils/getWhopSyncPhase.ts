import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncPhase } from '@/whop/types/WhopSyncPhase';

type WhopSyncState = Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>;

// A queued full sync outranks an earlier failure: the seller asked for a retry and it is waiting.
export const getWhopSyncPhase = ({
  status,
  syncStatus,
  syncStage,
}: WhopSyncState): WhopSyncPhase => {
  if (status === 'revoked') {
    return 'revoked';
  }
  if (status === 'needs_reauth') {
    return 'needs_reauth';
  }
  // The stage says what runs: a run cut off by a disconnect leaves its ONGOING status behind,
  // and reconnecting queues a new full sync.
  if (syncStage === 'FULL_SYNC_PENDING') {
    return 'pending';
  }
  if (
    syncStatus === 'ONGOING' ||
    syncStage === 'FULL_SYNC_ONGOING' ||
    syncStage === 'INCREMENTAL_ONGOING'
  ) {
    return 'ongoing';
  }
  if (
    syncStatus === 'FAILED_INSUFFICIENT_PERMISSIONS' ||
    syncStatus === 'FAILED_UNKNOWN' ||
    syncStage === 'FAILED'
  ) {
    return 'failed';
  }
  if (syncStatus === 'NOT_SYNCED') {
    return 'never_synced';
  }

  return 'idle';
};
