// How long Whop waits before charging a failed payment again.
export const PAYMENT_RETRY_DELAY_MS = 3 * 86_400_000;
