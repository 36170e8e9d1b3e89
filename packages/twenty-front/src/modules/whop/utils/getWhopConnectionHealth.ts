import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

export const getWhopConnectionHealth = (
  connection: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage' | 'nextSyncRetryAt'>,
): WhopConnectionHealth => {
  switch (getWhopSyncPhase(connection)) {
    case 'revoked':
      return 'revoked';
    case 'needs_reauth':
      return 'needs_reauth';
    case 'pending':
      return 'syncing';
    case 'ongoing':
      return isWhopSyncWaitingToRetry(connection) ? 'retrying' : 'syncing';
    case 'failed':
      return 'failed';
    default:
      return 'active';
  }
};
