import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeMember, serializeMemberListItem } from '../serializers/member.serializer';
import type { MemberRecord } from '../types/sandbox-records.type';
import {
  ACCESS_LEVELS,
  MEMBER_MOST_RECENT_ACTIONS,
  MEMBER_STATUSES,
} from '../types/whop-enums.type';
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
import { notFound, unprocessable } from './whop-api-error';

const MEMBER_ORDERS: OrderValues<MemberRecord> = {
  created_at: (member) => member.createdAt,
  id: (member) => member.id,
  usd_total_spent: (member) => member.usdTotalSpent,
  joined_at: (member) => member.joinedAt,
  most_recent_action: (member) => member.mostRecentAction,
};

export const registerMemberRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  app.get('/members', async (request, reply) => {
    const { credential } = request;
    requirePermissions(credential, REQUIRED_PERMISSIONS.members);
    const query = request.query as QueryParams;
    scopedCompanyId(credential, readString(query, 'company_id'));
    const serializerContext = serializerContextFor(context, credential);
    const { store } = context;

    const statuses = readEnumArray(query, 'statuses', MEMBER_STATUSES);
    const actions = readEnumArray(query, 'most_recent_actions', MEMBER_MOST_RECENT_ACTIONS);
    const accessLevel = readString(query, 'access_level');
    if (accessLevel !== undefined && !(ACCESS_LEVELS as readonly string[]).includes(accessLevel))
      throw unprocessable(`access_level must be one of: ${ACCESS_LEVELS.join(', ')}.`);
    const userIds = readIdSet(query, 'user_ids');
    const promoCodeIds = readIdSet(query, 'promo_code_ids');
    const productIds = readIdSet(query, 'product_ids');
    const planIds = readIdSet(query, 'plan_ids');
    const createdAfter = readTimestamp(query, 'created_after') ?? -Infinity;
    const createdBefore = readTimestamp(query, 'created_before') ?? Infinity;
    const search = readString(query, 'query')?.toLowerCase();
    const { pageArgs, order } = parseListArgs(query, Object.keys(MEMBER_ORDERS));

    let buyers: Set<string> | undefined;
    if (productIds !== undefined || planIds !== undefined) {
      buyers = new Set();
      for (const membership of store.memberships.all()) {
        if (
          (productIds === undefined || productIds.has(membership.productId)) &&
          (planIds === undefined || planIds.has(membership.planId))
        )
          buyers.add(membership.memberId);
      }
    }
    const matchesSearch = (member: MemberRecord): boolean => {
      if (search === undefined) return true;
      const user = store.users.get(member.userId);
      if (user === undefined) return false;
      const email = serializerContext.canReadEmail ? (user.email ?? '') : '';
      return [user.id, member.id, user.username, user.name ?? '', email].some((field) =>
        field.toLowerCase().includes(search),
      );
    };

    const matches = (member: MemberRecord): boolean =>
      member.createdAt > createdAfter &&
      member.createdAt < createdBefore &&
      (statuses === undefined || statuses.has(member.status)) &&
      (actions === undefined ||
        (member.mostRecentAction !== null && actions.has(member.mostRecentAction))) &&
      (accessLevel === undefined || member.accessLevel === accessLevel) &&
      (userIds === undefined || userIds.has(member.userId)) &&
      promoCodeIds === undefined &&
      (buyers === undefined || buyers.has(member.id)) &&
      matchesSearch(member);

    const source = sortedSource(context, 'members', store.members, order, MEMBER_ORDERS);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(paginate(source, pageArgs, matches), source, order, (member) =>
        serializeMemberListItem(serializerContext, member),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/members/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.members);
    const member = context.store.members.get(request.params.id);
    if (member === undefined || member.companyId !== request.credential.companyId)
      throw notFound('Member', request.params.id);
    return serializeMember(serializerContextFor(context, request.credential), member);
  });
};
