// How often a list of Whop records reads its records and the connections again while a sync runs.
export const WHOP_IMPORT_POLL_INTERVAL_MS = 5_000;
