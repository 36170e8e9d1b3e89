// Faults for /api/v1 and /oauth requests matching `match`: "GET /api/v1/memberships*", "/api/v1/*".
export type RouteFaultRule = {
  match: string;
  latencyMs?: number;
  // Fraction of matching requests answered `errorStatus`: 408, 409 or a 5xx (default 503).
  errorRate?: number;
  errorStatus?: number;
  // Fraction of matching requests answered 429 with `Retry-After: retryAfterSeconds` (default 1).
  rateLimitRate?: number;
  retryAfterSeconds?: number;
  // false: the 429 says when to try again only in its message ("Try again in N seconds."), without
  // the Retry-After header, as Whop may answer.
  retryAfterHeader?: boolean;
  // Lists answer at most this many items a page, fewer than asked for, while `has_next_page` says
  // more follow: as Whop may (a client must not stop on a short page).
  maxPageItems?: number;
  // Apply to the next N matching requests only, then the rule is removed.
  times?: number;
};

export type WebhookFaults = {
  // Fraction of deliveries never sent (logged as `dropped`).
  dropRate?: number;
  // Fraction of deliveries sent twice with the same webhook-id.
  duplicateRate?: number;
  // Hold deliveries for `reorderWindowMs` (default 100) and send each batch newest first.
  reorder?: boolean;
  reorderWindowMs?: number;
};

export type FaultConfig = {
  routes: RouteFaultRule[];
  webhooks: WebhookFaults;
  // Seeds the draws behind the rates, so a fault run can be replayed.
  seed: number;
};
