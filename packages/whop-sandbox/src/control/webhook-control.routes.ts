import type { FastifyInstance } from 'fastify';
import { asBody, optionalNumber, optionalString, requiredString } from '../api/body-params.util';
import { type QueryParams, readString } from '../api/query-params.util';
import { unprocessable } from '../api/whop-api-error';
import { randomId } from '../ids/generate-id.util';
import type { SandboxContext } from '../sandbox-context.type';
import { toIso, toIsoOrNull } from '../serializers/iso-date.util';
import type { DeliveryStatus, WebhookDelivery } from '../webhooks/webhook-delivery-log';
import { webhookHeaders } from '../webhooks/sign-webhook.util';
import { findOrThrow } from './control-lookup.util';

const STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed', 'dropped'];

const serializeDelivery = (delivery: WebhookDelivery) => ({
  id: delivery.id,
  messageId: delivery.messageId,
  endpointId: delivery.endpointId,
  url: delivery.url,
  type: delivery.type,
  status: delivery.status,
  createdAt: toIso(delivery.createdAt),
  nextAttemptAt: toIsoOrNull(delivery.nextAttemptAt),
  attempts: delivery.attempts.map((attempt) => ({ ...attempt, at: toIso(attempt.at) })),
  payload: delivery.payload,
});

export const registerWebhookControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  // The delivery log, newest first: one entry per message per endpoint, with every attempt.
  app.get('/webhook-deliveries', async (request) => {
    const query = request.query as QueryParams;
    const status = readString(query, 'status');
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status))
      throw unprocessable(`status must be one of: ${STATUSES.join(', ')}.`);
    const limit = Number(readString(query, 'limit') ?? 100);
    const deliveries = context.deliveries.list({
      endpointId: readString(query, 'endpointId'),
      messageId: readString(query, 'messageId'),
      type: readString(query, 'type'),
      status: status as DeliveryStatus | undefined,
      limit: Number.isInteger(limit) && limit > 0 ? limit : 100,
    });
    return { data: deliveries.map(serializeDelivery) };
  });

  // Sign any payload with an endpoint's secret: for testing a receiver with hand-made events.
  app.post('/sign', async (request) => {
    const body = asBody(request.body);
    const endpoint = findOrThrow(
      context.store.webhookEndpoints,
      'Webhook',
      requiredString(body, 'endpointId'),
    );
    const payload =
      body.payload === undefined
        ? undefined
        : typeof body.payload === 'string'
          ? body.payload
          : JSON.stringify(body.payload);
    if (payload === undefined) throw unprocessable('payload is required.');
    const messageId = optionalString(body, 'msgId') ?? randomId('msg_');
    const timestamp =
      optionalNumber(body, 'timestamp', { min: 0, integer: true }) ??
      Math.floor(context.clock.now() / 1000);
    return {
      headers: webhookHeaders(endpoint.secret, messageId, timestamp, payload),
      body: payload,
    };
  });
};
