// The server's default WHOP_SYNC_INTERVAL_MINUTES: the hourly reconcile of every connection.
export const WHOP_SYNC_INTERVAL_MINUTES = 60;
