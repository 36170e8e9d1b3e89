// How often an empty list of Whop records reads its records and the connections again while an
// import runs.
export const WHOP_IMPORT_POLL_INTERVAL_MS = 5_000;
