// How long a running sync may write nothing before the page says it stopped moving: longer than
// the longest wait of a sync that runs (Whop asking it to hold off, up to 5 minutes, then the call
// again), so that it never cries wolf. Its worker gone, the sync shows no other sign.
export const WHOP_SYNC_STALL_MS = 10 * 60_000;
