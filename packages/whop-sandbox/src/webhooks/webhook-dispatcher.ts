import type { FaultInjector } from '../faults/fault-injector';
import { randomId } from '../ids/generate-id.util';
import type { SandboxClock } from '../clock/sandbox-clock';
import type { SandboxStore } from '../store/sandbox-store';
import type { SandboxEvent, PublishedEvent } from './sandbox-event.type';
import { webhookHeaders } from './sign-webhook.util';
import type { WebhookDelivery, WebhookDeliveryLog } from './webhook-delivery-log';
import { buildWebhookEnvelope } from './webhook-envelope.util';

export type WebhookDispatcherDependencies = {
  store: SandboxStore;
  // Whop's clock, which signs each attempt (`webhook-timestamp`); retries keep real time.
  clock: SandboxClock;
  deliveries: WebhookDeliveryLog;
  faults: FaultInjector;
  retrySchedule: readonly number[];
  timeoutMs: number;
};

type FetchFailure = {
  name?: string;
  message?: string;
  cause?: { code?: string; message?: string };
};

const describeError = (error: unknown, timeoutMs: number): string => {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as FetchFailure;
  if (failure.name === 'TimeoutError') return `Timed out after ${timeoutMs} ms`;
  return failure.cause?.code ?? failure.cause?.message ?? failure.message ?? String(error);
};

// At-least-once delivery, Svix style: one `msg_` id per event shared by every endpoint and every
// retry, a fresh signature per attempt, retries on non-2xx and timeouts along the schedule.
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly closing = new AbortController();
  private readonly pendingDuplicates = new Set<string>();
  private reorderBuffer: WebhookDelivery[] = [];
  private reorderTimer: NodeJS.Timeout | null = null;

  constructor(private readonly dependencies: WebhookDispatcherDependencies) {}

  publish(event: SandboxEvent, now: number): PublishedEvent {
    const { store, deliveries, faults } = this.dependencies;
    const messageId = randomId('msg_');
    const payload = JSON.stringify(buildWebhookEnvelope(store, event, messageId, now));
    const endpoints = store.webhookEndpoints
      .all()
      .filter(
        (endpoint) =>
          endpoint.enabled &&
          endpoint.companyId === store.company.id &&
          endpoint.events.includes(event.type),
      );

    for (const endpoint of endpoints) {
      const delivery = deliveries.add({
        messageId,
        endpointId: endpoint.id,
        url: endpoint.url,
        type: event.type,
        payload,
        createdAt: now,
      });
      const fault = faults.forDelivery();
      if (fault.drop) {
        delivery.status = 'dropped';
        continue;
      }
      if (fault.duplicate) this.pendingDuplicates.add(delivery.id);
      this.enqueue(delivery);
    }
    return { id: messageId, type: event.type };
  }

  // Stops retries and aborts requests in flight.
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.reorderTimer !== null) clearTimeout(this.reorderTimer);
    this.reorderBuffer = [];
    this.closing.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private enqueue(delivery: WebhookDelivery): void {
    const windowMs = this.dependencies.faults.reorderWindowMs();
    if (windowMs === null) {
      this.track(this.attempt(delivery, 1));
      return;
    }
    this.reorderBuffer.push(delivery);
    if (this.reorderTimer !== null) return;
    this.reorderTimer = setTimeout(() => {
      this.reorderTimer = null;
      const batch = this.reorderBuffer.reverse();
      this.reorderBuffer = [];
      this.track(
        batch.reduce(
          (previous, next) => previous.then(() => this.attempt(next, 1)),
          Promise.resolve(),
        ),
      );
    }, windowMs);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async attempt(
    delivery: WebhookDelivery,
    attempt: number,
    duplicate = false,
  ): Promise<void> {
    if (this.closing.signal.aborted) return;
    const { store, clock, timeoutMs, retrySchedule } = this.dependencies;
    const endpoint = store.webhookEndpoints.get(delivery.endpointId);
    if (endpoint === undefined || !endpoint.enabled) {
      delivery.status = 'failed';
      delivery.nextAttemptAt = null;
      return;
    }

    const startedAt = Date.now();
    const headers = webhookHeaders(
      endpoint.secret,
      delivery.messageId,
      Math.floor(clock.now() / 1000),
      delivery.payload,
    );
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Svix-Webhooks/1.0 (whop-sandbox)',
          ...headers,
        },
        body: delivery.payload,
        // Whop retries any answer that is not 2xx: a redirect is one, not an address to follow.
        redirect: 'manual',
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(timeoutMs)]),
      });
      responseStatus = response.status;
      await response.body?.cancel();
    } catch (caught) {
      error = describeError(caught, timeoutMs);
    }
    if (this.closing.signal.aborted) return;

    delivery.attempts.push({
      attempt,
      at: startedAt,
      responseStatus,
      error,
      durationMs: Date.now() - startedAt,
      duplicate,
      headers: { ...headers },
    });
    if (duplicate) return;
    const succeeded = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    if (succeeded) {
      delivery.status = 'delivered';
      delivery.nextAttemptAt = null;
      if (this.pendingDuplicates.delete(delivery.id)) await this.attempt(delivery, attempt, true);
      return;
    }

    const delay = retrySchedule[attempt - 1];
    if (delay === undefined) {
      delivery.status = 'failed';
      delivery.nextAttemptAt = null;
      this.pendingDuplicates.delete(delivery.id);
      return;
    }
    delivery.nextAttemptAt = Date.now() + delay;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(this.attempt(delivery, attempt + 1));
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }
}
