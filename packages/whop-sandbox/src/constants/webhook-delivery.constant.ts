// Retry delays after a failed delivery attempt (Svix's schedule, which Whop's `msg_` deliveries follow):
// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. Tests pass a compressed schedule.
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
];

// Whop expects a 2xx within 5 seconds; slower answers count as failures and are retried.
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 5_000;

// The delivery log keeps the newest entries only, so a long-running sandbox stays small.
export const WEBHOOK_DELIVERY_LOG_CAPACITY = 10_000;
