import { createPrng, type Prng } from '../generator/prng.util';
import type { FaultConfig, RouteFaultRule, WebhookFaults } from './fault-config.type';
import { compileRoutePattern, matchesRoute, type RoutePattern } from './route-pattern.util';

export type RequestFailure =
  | { kind: 'error'; status: number }
  | { kind: 'rate_limit'; retryAfterSeconds: number; retryAfterHeader: boolean };

export type RequestFault = {
  latencyMs: number;
  failure: RequestFailure | null;
  maxPageItems: number | null;
};

export type DeliveryFault = { drop: boolean; duplicate: boolean };

type ActiveRule = { rule: RouteFaultRule; pattern: RoutePattern; remaining: number | null };

const DEFAULT_REORDER_WINDOW_MS = 100;

// Decides, request by request and delivery by delivery, which configured fault applies.
// Draws come from a seeded PRNG: the same configuration and traffic give the same faults.
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private webhookFaults: WebhookFaults = {};
  private seed = 1;
  private prng: Prng = createPrng(1);

  configure(config: FaultConfig): void {
    this.rules = config.routes.map((rule) => ({
      rule,
      pattern: compileRoutePattern(rule.match),
      remaining: rule.times ?? null,
    }));
    this.webhookFaults = config.webhooks;
    this.seed = config.seed;
    this.prng = createPrng(config.seed);
  }

  clear(): void {
    this.configure({ routes: [], webhooks: {}, seed: 1 });
  }

  snapshot(): FaultConfig {
    return {
      routes: this.rules.map(({ rule, remaining }) =>
        remaining === null ? rule : { ...rule, times: remaining },
      ),
      webhooks: this.webhookFaults,
      seed: this.seed,
    };
  }

  forRequest(method: string, path: string): RequestFault {
    let latencyMs = 0;
    let failure: RequestFailure | null = null;
    let maxPageItems: number | null = null;
    for (const active of this.rules) {
      if (!matchesRoute(active.pattern, method, path)) continue;
      const { rule } = active;
      latencyMs = Math.max(latencyMs, rule.latencyMs ?? 0);
      if (rule.maxPageItems !== undefined)
        maxPageItems = Math.min(maxPageItems ?? rule.maxPageItems, rule.maxPageItems);
      if (failure === null && this.prng.next() < (rule.rateLimitRate ?? 0)) {
        failure = {
          kind: 'rate_limit',
          retryAfterSeconds: rule.retryAfterSeconds ?? 1,
          retryAfterHeader: rule.retryAfterHeader ?? true,
        };
      } else if (failure === null && this.prng.next() < (rule.errorRate ?? 0)) {
        failure = { kind: 'error', status: rule.errorStatus ?? 503 };
      }
      if (active.remaining !== null) active.remaining--;
    }
    this.rules = this.rules.filter((active) => active.remaining === null || active.remaining > 0);
    return { latencyMs, failure, maxPageItems };
  }

  forDelivery(): DeliveryFault {
    const drop = this.prng.next() < (this.webhookFaults.dropRate ?? 0);
    const duplicate = !drop && this.prng.next() < (this.webhookFaults.duplicateRate ?? 0);
    return { drop, duplicate };
  }

  // Milliseconds to hold deliveries before sending a batch newest first, or null when not reordering.
  reorderWindowMs(): number | null {
    return this.webhookFaults.reorder === true
      ? (this.webhookFaults.reorderWindowMs ?? DEFAULT_REORDER_WINDOW_MS)
      : null;
  }
}
