// How long the page follows a requested run that has not started yet. A queued job usually starts
// within seconds, but behind a busy queue it can take minutes; past this, the page stops polling
// and says that the run has not started.
export const WHOP_SYNC_FOLLOW_WINDOW_MS = 15 * 60_000;
