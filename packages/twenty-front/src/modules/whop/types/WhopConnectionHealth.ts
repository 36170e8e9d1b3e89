// What the connection card tells the seller, derived from the connection's status and sync state.
export type WhopConnectionHealth = 'active' | 'syncing' | 'needs_reauth' | 'revoked' | 'failed';
