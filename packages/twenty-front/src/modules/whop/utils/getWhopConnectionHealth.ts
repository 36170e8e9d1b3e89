import type { WhopConnectionSyncState } from '@/whop/types/WhopConnectionSyncState';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { getWhopSyncStalledSince } from '@/whop/utils/getWhopSyncStalledSince';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

export const getWhopConnectionHealth = (
  connection: WhopConnectionSyncState,
): WhopConnectionHealth => {
  switch (getWhopSyncPhase(connection)) {
    case 'revoked':
      return 'revoked';
    case 'needs_reauth':
      return 'needs_reauth';
    case 'pending':
      return 'syncing';
    case 'ongoing':
      if (getWhopSyncStalledSince(connection) !== null) return 'stalled';

      return isWhopSyncWaitingToRetry(connection) ? 'retrying' : 'syncing';
    case 'failed':
      return 'failed';
    default:
      return 'active';
  }
};
