// How long a run has been going before its rate is shown and the time left estimated from it:
// over its first seconds, the start-up (reading the totals, the first requests) weighs too much.
export const WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS = 5_000;
