import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import {
  serializeMembership,
  serializeMembershipListItem,
} from '../serializers/membership.serializer';
import type { MembershipRecord } from '../types/sandbox-records.type';
import { CANCEL_OPTIONS, MEMBERSHIP_STATUSES } from '../types/whop-enums.type';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import {
  type QueryParams,
  readEnumArray,
  readIdSet,
  readString,
  readTimestamp,
} from './query-params.util';
import { sendJson } from './send-json.util';
import { serializerContextFor } from './serializer-context.util';
import { type OrderValues, sortedSource } from './sorted-source.util';
import { notFound } from './whop-api-error';

export const registerMembershipRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  const { store } = context;
  const membershipOrders: OrderValues<MembershipRecord> = {
    created_at: (membership) => membership.createdAt,
    id: (membership) => membership.id,
    status: (membership) => membership.status,
    canceled_at: (membership) => membership.canceledAt,
    date_joined: (membership) => store.members.get(membership.memberId)?.joinedAt ?? null,
    total_spend: (membership) => store.members.get(membership.memberId)?.usdTotalSpent ?? null,
  };

  app.get('/memberships', async (request, reply) => {
    const { credential } = request;
    requirePermissions(credential, REQUIRED_PERMISSIONS.memberships);
    const query = request.query as QueryParams;
    scopedCompanyId(credential, readString(query, 'company_id'));
    const statuses = readEnumArray(query, 'statuses', MEMBERSHIP_STATUSES);
    const cancelOptions = readEnumArray(query, 'cancel_options', CANCEL_OPTIONS);
    const productIds = readIdSet(query, 'product_ids');
    const planIds = readIdSet(query, 'plan_ids');
    const userIds = readIdSet(query, 'user_ids');
    const promoCodeIds = readIdSet(query, 'promo_code_ids');
    const createdAfter = readTimestamp(query, 'created_after') ?? -Infinity;
    const createdBefore = readTimestamp(query, 'created_before') ?? Infinity;
    const { pageArgs, order } = parseListArgs(query, Object.keys(membershipOrders));

    const matches = (membership: MembershipRecord): boolean =>
      membership.createdAt > createdAfter &&
      membership.createdAt < createdBefore &&
      (statuses === undefined || statuses.has(membership.status)) &&
      (cancelOptions === undefined ||
        (membership.cancelOption !== null && cancelOptions.has(membership.cancelOption))) &&
      (productIds === undefined || productIds.has(membership.productId)) &&
      (planIds === undefined || planIds.has(membership.planId)) &&
      (userIds === undefined || userIds.has(membership.userId)) &&
      promoCodeIds === undefined;

    const source = sortedSource(context, 'memberships', store.memberships, order, membershipOrders);
    const serializerContext = serializerContextFor(context, credential);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(paginate(source, pageArgs, matches), source, order, (membership) =>
        serializeMembershipListItem(serializerContext, membership),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/memberships/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.memberships);
    const membership = store.memberships.get(request.params.id);
    if (membership === undefined || membership.companyId !== request.credential.companyId)
      throw notFound('Membership', request.params.id);
    return serializeMembership(serializerContextFor(context, request.credential), membership);
  });
};
