// How long a running sync may write nothing before the page says it stopped moving. A run writes
// its connection with each page it saves (seconds apart); the longest it goes without, Whop not
// failing it, is waiting for a slot while a 429 another worker met holds the connection's calls
// back (up to 5 minutes). Its worker gone, the sync shows no other sign.
export const WHOP_SYNC_STALL_MS = 10 * 60_000;
