export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// Fixed windows per key (Whop: per API operation per credential). A limit of 0 disables limiting.
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now: number): RateLimitDecision {
    if (this.limit <= 0) return { allowed: true };
    const window = this.windows.get(key);
    if (window === undefined || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      return { allowed: true };
    }
    if (window.count < this.limit) {
      window.count++;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000)),
    };
  }

  reset(): void {
    this.windows.clear();
  }
}
