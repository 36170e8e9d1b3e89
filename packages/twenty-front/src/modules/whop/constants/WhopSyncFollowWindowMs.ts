// How long after "Sync changes" / "Full resync" the page follows a connection whose run has not
// shown up yet (a queued job starts within seconds).
export const WHOP_SYNC_FOLLOW_WINDOW_MS = 30_000;
