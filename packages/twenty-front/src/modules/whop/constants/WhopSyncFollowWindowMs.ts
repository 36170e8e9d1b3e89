// How long the page follows a requested run that has not started yet. A queued job usually starts
// within seconds, but behind a busy queue it can take minutes; past this, the page says that the
// run has not started, and stops polling for it (a full sync waiting to start is still followed:
// shouldPollWhopConnection).
export const WHOP_SYNC_FOLLOW_WINDOW_MS = 15 * 60_000;
