// What the connection card tells the seller, derived from the connection's status and sync state.
// 'retrying': a running sync between two attempts, the last one failed.
export type WhopConnectionHealth =
  'active' | 'syncing' | 'retrying' | 'needs_reauth' | 'revoked' | 'failed';
