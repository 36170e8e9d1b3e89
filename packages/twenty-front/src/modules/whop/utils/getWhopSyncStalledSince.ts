import { WHOP_SYNC_STALL_MS } from '@/whop/constants/WhopSyncStallMs';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

// Since when a running sync has not moved, once that has lasted WHOP_SYNC_STALL_MS (its worker
// stopped, or busy elsewhere), else null: since its last write (each page it imports writes the
// connection), or, between two attempts, since its next attempt fell due. Read on the server's
// clock (`readAt`), whatever the browser's says.
export const getWhopSyncStalledSince = (
  connection: Pick<
    WhopConnection,
    'status' | 'syncStatus' | 'syncStage' | 'nextSyncRetryAt' | 'updatedAt' | 'readAt'
  >,
): string | null => {
  if (getWhopSyncPhase(connection) !== 'ongoing') return null;
  const since =
    isWhopSyncWaitingToRetry(connection) && connection.nextSyncRetryAt !== null
      ? connection.nextSyncRetryAt
      : connection.updatedAt;

  return Date.parse(connection.readAt) - Date.parse(since) >= WHOP_SYNC_STALL_MS ? since : null;
};
