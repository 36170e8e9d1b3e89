import type { WhopConnection } from '@/whop/types/WhopConnection';

// What a connection's health is read from: its status, where its sync is, and whether that sync
// still moves.
export type WhopConnectionSyncState = Pick<
  WhopConnection,
  | 'status'
  | 'syncStatus'
  | 'syncStage'
  | 'nextSyncRetryAt'
  | 'lastSyncError'
  | 'updatedAt'
  | 'readAt'
>;
