// The sandbox's retry schedule of a failed charge (Whop does not document one): again every three
// days, at most four attempts in all (Whop's example `payment.failed` has `payments_failed: 4` and
// no next attempt).
export const PAYMENT_RETRY_DELAY_MS = 3 * 86_400_000;
export const PAYMENT_ATTEMPTS_LIMIT = 4;
