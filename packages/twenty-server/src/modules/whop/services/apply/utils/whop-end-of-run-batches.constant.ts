// How a sync run's deferred work (payment states, rollups) is written at its end: batches of
// records, each its own transaction, a few at once (no record is in two batches).
export const WHOP_END_OF_RUN_BATCHES = { batchSize: 1000, concurrency: 3 };
