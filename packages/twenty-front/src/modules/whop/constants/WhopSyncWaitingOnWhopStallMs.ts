// The same, for a run waiting on Whop within an attempt (it said so once, and writes nothing more
// until Whop answers): the SDK tries the call again up to WHOP_API_MAX_RETRIES times (6 by
// default), each after as long as Whop asks, up to 5 minutes: 35 minutes at most.
export const WHOP_SYNC_WAITING_ON_WHOP_STALL_MS = 40 * 60_000;
