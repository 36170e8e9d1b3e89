// How long a full sync waits to start before the page stops saying it starts within seconds: a
// queued job is usually taken at once, and one still waiting after this suggests that the server's
// sync worker is not running.
export const WHOP_SYNC_PENDING_STALL_MS = 3 * 60_000;
