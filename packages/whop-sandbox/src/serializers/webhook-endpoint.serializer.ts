import type {
  Webhook,
  WebhookCreateResponse,
  WebhookEvent,
  WebhookListResponse,
} from '@whop/sdk/resources';
import type { WebhookEndpointRecord } from '../types/sandbox-records.type';
import { toIso } from './iso-date.util';

export const serializeWebhookListItem = (endpoint: WebhookEndpointRecord): WebhookListResponse => ({
  id: endpoint.id,
  api_version: endpoint.apiVersion,
  child_resource_events: endpoint.childResourceEvents,
  created_at: toIso(endpoint.createdAt),
  enabled: endpoint.enabled,
  events: endpoint.events as WebhookEvent[],
  url: endpoint.url,
});

export const serializeWebhook = (endpoint: WebhookEndpointRecord): Webhook => ({
  ...serializeWebhookListItem(endpoint),
  resource_id: endpoint.companyId,
  testable_events: endpoint.events as WebhookEvent[],
});

// Only the create response carries the signing secret; Whop never shows it again.
export const serializeCreatedWebhook = (
  endpoint: WebhookEndpointRecord,
): WebhookCreateResponse => ({
  ...serializeWebhook(endpoint),
  webhook_secret: endpoint.secret,
});
