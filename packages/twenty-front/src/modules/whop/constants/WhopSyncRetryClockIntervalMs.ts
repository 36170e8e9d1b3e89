// How often the time left before a waiting sync's next attempt is read again. Polls bring nothing
// new while the sync waits, so the countdown keeps a clock of its own.
export const WHOP_SYNC_RETRY_CLOCK_INTERVAL_MS = 1_000;
