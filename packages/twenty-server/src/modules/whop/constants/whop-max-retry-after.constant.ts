// The longest Whop's asking to wait (a Retry-After, a 429's message) holds anything back: a
// connection's calls, the SDK's retry of one, a token refresh. A wait further off (a date that is
// wrong) would park a sync's worker for as long.
export const WHOP_MAX_RETRY_AFTER_MS = 5 * 60_000;
