import type { WhopConnection } from '@/whop/types/WhopConnection';

// What changes once a requested sync has started or ended: its state, its outcome, its reason.
export const getWhopSyncRunSignature = (
  connection: Pick<
    WhopConnection,
    'status' | 'syncStatus' | 'syncStage' | 'lastSyncAt' | 'lastSyncError'
  >,
): string =>
  JSON.stringify([
    connection.status,
    connection.syncStatus,
    connection.syncStage,
    connection.lastSyncAt,
    connection.lastSyncError,
  ]);
