import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';

export const getWhopConnectionHealth = (
  connection: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>,
): WhopConnectionHealth => {
  switch (getWhopSyncPhase(connection)) {
    case 'revoked':
      return 'revoked';
    case 'needs_reauth':
      return 'needs_reauth';
    case 'pending':
    case 'ongoing':
      return 'syncing';
    case 'failed':
      return 'failed';
    default:
      return 'active';
  }
};
