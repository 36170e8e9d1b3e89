// What the sync status panel shows, derived from the connection's status and sync state.
export type WhopSyncPhase =
  'never_synced' | 'pending' | 'ongoing' | 'idle' | 'failed' | 'needs_reauth' | 'revoked';
