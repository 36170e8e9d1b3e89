// What the connection card tells the seller, derived from the connection's status and sync state.
// 'retrying': a running sync between two attempts, the last one failed. 'stalled': a running sync
// that has not moved for longer than one that goes on ever waits (getWhopSyncStalledSince).
export type WhopConnectionHealth =
  'active' | 'syncing' | 'retrying' | 'stalled' | 'needs_reauth' | 'revoked' | 'failed';
