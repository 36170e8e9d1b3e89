import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_STALL_MS } from '@/whop/constants/WhopSyncStallMs';
import { WHOP_SYNC_WAITING_ON_WHOP_STALL_MS } from '@/whop/constants/WhopSyncWaitingOnWhopStallMs';
import type { WhopConnectionSyncState } from '@/whop/types/WhopConnectionSyncState';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

// Since when a running sync has not moved, once that has lasted longer than a run that goes on
// ever waits (its worker stopped, or busy elsewhere), else null: since its last write (each page
// it imports writes the connection), or, between two attempts, since its next attempt fell due.
// Read on the server's clock (`readAt`), whatever the browser's says.
export const getWhopSyncStalledSince = (connection: WhopConnectionSyncState): string | null => {
  if (getWhopSyncPhase(connection) !== 'ongoing') return null;
  const waitingToRetry = isWhopSyncWaitingToRetry(connection);
  const since =
    waitingToRetry && connection.nextSyncRetryAt !== null
      ? connection.nextSyncRetryAt
      : connection.updatedAt;
  const waitingOnWhop = !waitingToRetry && isDefined(connection.lastSyncError);
  const stallMs = waitingOnWhop ? WHOP_SYNC_WAITING_ON_WHOP_STALL_MS : WHOP_SYNC_STALL_MS;

  return Date.parse(connection.readAt) - Date.parse(since) >= stallMs ? since : null;
};
