import { serializeMembership } from '../serializers/membership.serializer';
import { serializePayment } from '../serializers/payment.serializer';
import { serializeRefund } from '../serializers/refund.serializer';
import type { SerializerContext } from '../serializers/serializer-context.type';
import type { SandboxStore } from '../store/sandbox-store';
import type { SandboxEvent } from './sandbox-event.type';

export type WebhookEnvelope = {
  id: string;
  api_version: 'v1';
  type: SandboxEvent['type'];
  timestamp: string;
  company_id: string;
  data: unknown;
};

// Webhook payloads go to the company's own endpoints and carry full resources, emails included.
const eventData = (context: SerializerContext, event: SandboxEvent): unknown => {
  switch (event.type) {
    case 'membership.activated':
    case 'membership.deactivated':
    case 'membership.cancel_at_period_end_changed':
      return serializeMembership(context, event.membership);
    case 'refund.created':
      return serializeRefund(context, event.refund, event.payment);
    default:
      return serializePayment(context, event.payment);
  }
};

export const buildWebhookEnvelope = (
  store: SandboxStore,
  event: SandboxEvent,
  messageId: string,
  timestamp: number,
): WebhookEnvelope => ({
  id: messageId,
  api_version: 'v1',
  type: event.type,
  timestamp: new Date(timestamp).toISOString(),
  company_id: store.company.id,
  data: eventData({ store, canReadEmail: true, canReadPhone: true }, event),
});
