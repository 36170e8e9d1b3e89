import type { WhopSyncPhase } from '@/whop/types/WhopSyncPhase';

// What an empty sync history says, by where the connection's sync is: a first sync queued shows
// there once it starts; a disconnected connection runs none.
export const getWhopSyncHistoryEmptyMessage = (phase: WhopSyncPhase): string => {
  switch (phase) {
    case 'revoked':
      return 'No sync ran before this connection was disconnected.';
    case 'pending':
    case 'ongoing':
      return 'No sync has run yet. The first one shows here as soon as it starts.';
    default:
      return 'No sync has run yet.';
  }
};
