import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import { serializePlan, serializePlanListItem } from '../serializers/plan.serializer';
import type { PlanRecord } from '../types/sandbox-records.type';
import { PLAN_TYPES, RELEASE_METHODS, VISIBILITIES } from '../types/whop-enums.type';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import {
  type QueryParams,
  readEnumArray,
  readIdSet,
  readTimestamp,
  requireString,
} from './query-params.util';
import { sendJson } from './send-json.util';
import { serializerContextFor } from './serializer-context.util';
import { type OrderValues, sortedSource } from './sorted-source.util';
import { notFound } from './whop-api-error';

export const registerPlanRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  const planOrders: OrderValues<PlanRecord> = {
    created_at: (plan) => plan.createdAt,
    id: (plan) => plan.id,
    active_members_count: (plan) => context.store.memberCounts().byPlan.get(plan.id) ?? 0,
    internal_notes: (plan) => plan.internalNotes,
    expiration_days: (plan) => plan.expirationDays,
  };

  // account_id (the biz_ id) is required since Whop renamed company_id on 2026-06-09.
  app.get('/plans', async (request, reply) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.plans);
    const query = request.query as QueryParams;
    scopedCompanyId(request.credential, requireString(query, 'account_id'));
    const planTypes = readEnumArray(query, 'plan_types', PLAN_TYPES);
    const releaseMethods = readEnumArray(query, 'release_methods', RELEASE_METHODS);
    const visibilities = readEnumArray(query, 'visibilities', VISIBILITIES);
    const productIds = readIdSet(query, 'product_ids');
    const createdAfter = readTimestamp(query, 'created_after') ?? -Infinity;
    const createdBefore = readTimestamp(query, 'created_before') ?? Infinity;
    const { pageArgs, order } = parseListArgs(query, Object.keys(planOrders));

    const matches = (plan: PlanRecord): boolean =>
      plan.createdAt > createdAfter &&
      plan.createdAt < createdBefore &&
      (planTypes === undefined || planTypes.has(plan.planType)) &&
      (releaseMethods === undefined || releaseMethods.has(plan.releaseMethod)) &&
      (visibilities === undefined || visibilities.has(plan.visibility)) &&
      (productIds === undefined || productIds.has(plan.productId));
    const source = sortedSource(context, 'plans', context.store.plans, order, planOrders);
    const serializerContext = serializerContextFor(context, request.credential);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(paginate(source, pageArgs, matches), source, order, (plan) =>
        serializePlanListItem(serializerContext, plan),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/plans/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.plans);
    const plan = context.store.plans.get(request.params.id);
    if (plan === undefined || plan.companyId !== request.credential.companyId)
      throw notFound('Plan', request.params.id);
    return serializePlan(serializerContextFor(context, request.credential), plan);
  });
};
