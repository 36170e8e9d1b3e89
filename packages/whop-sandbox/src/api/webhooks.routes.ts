import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { WEBHOOK_EVENTS } from '../constants/webhook-events.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import type { Credential } from '../auth/credential.type';
import { randomId } from '../ids/generate-id.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import {
  serializeCreatedWebhook,
  serializeWebhook,
  serializeWebhookListItem,
} from '../serializers/webhook-endpoint.serializer';
import type { WebhookEndpointRecord } from '../types/sandbox-records.type';
import { generateWebhookSecret } from '../webhooks/sign-webhook.util';
import {
  type BodyParams,
  asBody,
  optionalBoolean,
  optionalString,
  optionalStringArray,
  requiredString,
} from './body-params.util';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import { type QueryParams, requireString } from './query-params.util';
import { sendJson } from './send-json.util';
import { notFound, unprocessable } from './whop-api-error';

const V1_EVENTS: ReadonlySet<string> = new Set(WEBHOOK_EVENTS);

const readUrl = (body: BodyParams, required: boolean): string | undefined => {
  const url = required ? requiredString(body, 'url') : optionalString(body, 'url');
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw unprocessable('url must be an absolute http(s) URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw unprocessable('url must be an absolute http(s) URL.');
  return url;
};

// Only v1 endpoints, with v1 event names: legacy names such as membership.went_valid are refused.
const readEvents = (body: BodyParams): string[] | undefined => {
  const events = optionalStringArray(body, 'events');
  if (events === undefined) return undefined;
  const invalid = events.filter((event) => !V1_EVENTS.has(event));
  if (invalid.length > 0)
    throw unprocessable(`Not valid events for api_version v1: ${invalid.join(', ')}.`);
  return [...new Set(events)];
};

const readApiVersion = (body: BodyParams): 'v1' | undefined => {
  const version = optionalString(body, 'api_version');
  if (version === undefined || version === 'v1') return version;
  throw unprocessable(`api_version ${version} is not supported for new endpoints: use v1.`);
};

export const registerWebhookRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  const { store } = context;
  const ownEndpoint = (credential: Credential, id: string): WebhookEndpointRecord => {
    requirePermissions(credential, REQUIRED_PERMISSIONS.webhooks);
    const endpoint = store.webhookEndpoints.get(id);
    if (endpoint === undefined || endpoint.companyId !== credential.companyId)
      throw notFound('Webhook', id);
    return endpoint;
  };

  app.get('/webhooks', async (request, reply) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.webhooks);
    const query = request.query as QueryParams;
    const companyId = scopedCompanyId(request.credential, requireString(query, 'company_id'));
    const { pageArgs, order } = parseListArgs(query, ['created_at']);
    const source = {
      items: store.webhookEndpoints.all(),
      keyOf: (endpoint: WebhookEndpointRecord) => ({ value: endpoint.createdAt, id: endpoint.id }),
    };
    const page = paginate(source, pageArgs, (endpoint) => endpoint.companyId === companyId);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(page, source, order, serializeWebhookListItem),
    );
  });

  app.post('/webhooks', async (request) => {
    const { credential } = request;
    requirePermissions(credential, REQUIRED_PERMISSIONS.webhooks);
    const body = asBody(request.body);
    const now = context.clock.now();
    const endpoint: WebhookEndpointRecord = {
      id: randomId('hook_'),
      companyId: scopedCompanyId(credential, optionalString(body, 'resource_id')),
      url: readUrl(body, true)!,
      events: readEvents(body) ?? [...WEBHOOK_EVENTS],
      apiVersion: readApiVersion(body) ?? 'v1',
      enabled: optionalBoolean(body, 'enabled') ?? true,
      childResourceEvents: optionalBoolean(body, 'child_resource_events') ?? false,
      secret: generateWebhookSecret(),
      createdAt: now,
      updatedAt: now,
    };
    store.webhookEndpoints.insert(endpoint);
    return serializeCreatedWebhook(endpoint);
  });

  app.get<{ Params: { id: string } }>('/webhooks/:id', async (request) =>
    serializeWebhook(ownEndpoint(request.credential, request.params.id)),
  );

  app.patch<{ Params: { id: string } }>('/webhooks/:id', async (request) => {
    const endpoint = ownEndpoint(request.credential, request.params.id);
    const body = asBody(request.body);
    const url = readUrl(body, false);
    const events = readEvents(body);
    readApiVersion(body);
    const enabled = optionalBoolean(body, 'enabled');
    const childResourceEvents = optionalBoolean(body, 'child_resource_events');
    if (url !== undefined) endpoint.url = url;
    if (events !== undefined) endpoint.events = events;
    if (enabled !== undefined) endpoint.enabled = enabled;
    if (childResourceEvents !== undefined) endpoint.childResourceEvents = childResourceEvents;
    endpoint.updatedAt = context.clock.now();
    return serializeWebhook(endpoint);
  });

  app.delete<{ Params: { id: string } }>('/webhooks/:id', async (request) => {
    const endpoint = ownEndpoint(request.credential, request.params.id);
    store.webhookEndpoints.remove(endpoint.id);
    return true;
  });
};
