import type { FastifyInstance } from 'fastify';
import { type QueryParams, readString } from '../api/query-params.util';
import { WhopApiError, unprocessable } from '../api/whop-api-error';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeMember } from '../serializers/member.serializer';
import { serializeMembership } from '../serializers/membership.serializer';
import { serializePayment } from '../serializers/payment.serializer';
import { serializePlan } from '../serializers/plan.serializer';
import { serializeProduct } from '../serializers/product.serializer';
import { serializeUser } from '../serializers/user.serializer';
import { serializeCreatedWebhook } from '../serializers/webhook-endpoint.serializer';
import type { RecordCollection, StoredRecord } from '../store/record-collection';
import type { SandboxStore } from '../store/sandbox-store';
import { fullAccess } from './full-access.util';
import { summarizeState } from './summarize-state.util';

const MAX_LIMIT = 1000;

type Listing = {
  records: () => readonly StoredRecord[];
  serialize: (record: StoredRecord) => unknown;
};

const listing = <T extends StoredRecord>(
  collection: RecordCollection<T>,
  serialize: (record: T) => unknown,
): Listing => ({
  records: () => collection.all(),
  serialize: (record) => serialize(record as T),
});

const listings = (store: SandboxStore): Record<string, Listing> => {
  const context = fullAccess(store);
  return {
    users: listing(store.users, (user) => ({ ...serializeUser(user), email: user.email })),
    members: listing(store.members, (member) => serializeMember(context, member)),
    products: listing(store.products, (product) => serializeProduct(context, product)),
    plans: listing(store.plans, (plan) => serializePlan(context, plan)),
    memberships: listing(store.memberships, (membership) =>
      serializeMembership(context, membership),
    ),
    payments: listing(store.payments, (payment) => serializePayment(context, payment)),
    webhooks: listing(store.webhookEndpoints, serializeCreatedWebhook),
  };
};

// Record fields the state listing filters on, by query parameter.
const FILTER_FIELDS: Record<string, string> = {
  id: 'id',
  status: 'status',
  substatus: 'substatus',
  user_id: 'userId',
  member_id: 'memberId',
  membership_id: 'membershipId',
  product_id: 'productId',
  plan_id: 'planId',
  email: 'email',
};

const readCount = (query: QueryParams, name: string, fallback: number): number => {
  const value = readString(query, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw unprocessable(`${name} must be a non-negative integer.`);
  return Number(value);
};

export const registerStateControlRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  app.get('/state', async () => summarizeState(context));

  // Full objects (API retrieve shape, emails included), oldest first, with offset/limit and filters.
  app.get<{ Params: { collection: string } }>('/state/:collection', async (request) => {
    const available = listings(context.store);
    const selected = available[request.params.collection];
    if (selected === undefined)
      throw new WhopApiError(
        404,
        `Unknown collection ${request.params.collection}. Use one of: ${Object.keys(available).join(', ')}.`,
      );
    const query = request.query as QueryParams;
    const offset = readCount(query, 'offset', 0);
    const limit = Math.min(readCount(query, 'limit', 100), MAX_LIMIT);
    const filters = Object.entries(FILTER_FIELDS)
      .map(([parameter, field]) => [field, readString(query, parameter)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);

    const all = selected.records();
    const records =
      filters.length === 0
        ? all
        : all.filter((record) =>
            filters.every(([field, value]) => (record as Record<string, unknown>)[field] === value),
          );
    return {
      total: records.length,
      offset,
      limit,
      data: records.slice(offset, offset + limit).map(selected.serialize),
    };
  });
};
