// How often the time a full sync has waited to start is read again. Polls bring nothing new while
// it waits, so the page keeps a clock of its own; the wait is said in whole minutes.
export const WHOP_SYNC_PENDING_CLOCK_INTERVAL_MS = 15_000;
