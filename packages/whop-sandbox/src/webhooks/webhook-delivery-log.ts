import { randomId } from '../ids/generate-id.util';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dropped';

export type DeliveryAttempt = {
  attempt: number;
  at: number;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  duplicate: boolean;
  headers: Record<string, string>;
};

// One message to one endpoint, with every attempt made to deliver it.
export type WebhookDelivery = {
  id: string;
  messageId: string;
  endpointId: string;
  url: string;
  type: string;
  payload: string;
  status: DeliveryStatus;
  createdAt: number;
  nextAttemptAt: number | null;
  attempts: DeliveryAttempt[];
};

export type DeliveryFilter = {
  endpointId?: string;
  messageId?: string;
  type?: string;
  status?: DeliveryStatus;
  limit?: number;
};

// Newest entries only: past `capacity` the oldest are forgotten.
export class WebhookDeliveryLog {
  private deliveries: WebhookDelivery[] = [];

  constructor(private readonly capacity: number) {}

  add(
    fields: Pick<
      WebhookDelivery,
      'messageId' | 'endpointId' | 'url' | 'type' | 'payload' | 'createdAt'
    >,
  ): WebhookDelivery {
    const delivery: WebhookDelivery = {
      id: randomId('dlv_'),
      status: 'pending',
      nextAttemptAt: null,
      attempts: [],
      ...fields,
    };
    this.deliveries.push(delivery);
    if (this.deliveries.length > this.capacity)
      this.deliveries = this.deliveries.slice(-this.capacity);
    return delivery;
  }

  list(filter: DeliveryFilter = {}): WebhookDelivery[] {
    const matches = this.deliveries.filter(
      (delivery) =>
        (filter.endpointId === undefined || delivery.endpointId === filter.endpointId) &&
        (filter.messageId === undefined || delivery.messageId === filter.messageId) &&
        (filter.type === undefined || delivery.type === filter.type) &&
        (filter.status === undefined || delivery.status === filter.status),
    );
    return matches.reverse().slice(0, filter.limit ?? matches.length);
  }

  get size(): number {
    return this.deliveries.length;
  }

  clear(): void {
    this.deliveries = [];
  }
}
