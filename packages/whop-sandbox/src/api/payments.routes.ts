import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import { serializePayment, serializePaymentListItem } from '../serializers/payment.serializer';
import type { PaymentRecord } from '../types/sandbox-records.type';
import { BILLING_REASONS, PAYMENT_SUBSTATUSES, RECEIPT_STATUSES } from '../types/whop-enums.type';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import {
  type QueryParams,
  readBoolean,
  readEnumArray,
  readIdSet,
  readString,
  readTimestamp,
} from './query-params.util';
import { sendJson } from './send-json.util';
import { serializerContextFor } from './serializer-context.util';
import { type OrderValues, sortedSource } from './sorted-source.util';
import { notFound } from './whop-api-error';

const PAYMENT_ORDERS: OrderValues<PaymentRecord> = {
  created_at: (payment) => payment.createdAt,
  final_amount: (payment) => payment.total,
  paid_at: (payment) => payment.paidAt,
};

export const registerPaymentRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  const { store } = context;

  // The only list with updated_after/updated_before: the way to catch up on payment changes.
  app.get('/payments', async (request, reply) => {
    const { credential } = request;
    requirePermissions(credential, REQUIRED_PERMISSIONS.payments);
    const query = request.query as QueryParams;
    scopedCompanyId(credential, readString(query, 'company_id'));
    const serializerContext = serializerContextFor(context, credential);
    const statuses = readEnumArray(query, 'statuses', RECEIPT_STATUSES);
    const substatuses = readEnumArray(query, 'substatuses', PAYMENT_SUBSTATUSES);
    const billingReasons = readEnumArray(query, 'billing_reasons', BILLING_REASONS);
    const currencies = readIdSet(query, 'currencies');
    const productIds = readIdSet(query, 'product_ids');
    const planIds = readIdSet(query, 'plan_ids');
    const checkoutIds = readIdSet(query, 'checkout_configuration_ids');
    const includeFree = readBoolean(query, 'include_free') ?? true;
    const createdAfter = readTimestamp(query, 'created_after') ?? -Infinity;
    const createdBefore = readTimestamp(query, 'created_before') ?? Infinity;
    const updatedAfter = readTimestamp(query, 'updated_after') ?? -Infinity;
    const updatedBefore = readTimestamp(query, 'updated_before') ?? Infinity;
    const search = readString(query, 'query')?.toLowerCase();
    const { pageArgs, order } = parseListArgs(query, Object.keys(PAYMENT_ORDERS));

    const matchesSearch = (payment: PaymentRecord): boolean => {
      if (search === undefined) return true;
      const user = store.users.get(payment.userId);
      const email = serializerContext.canReadEmail ? (user?.email ?? '') : '';
      return [
        payment.userId,
        payment.membershipId,
        user?.username ?? '',
        user?.name ?? '',
        email,
      ].some((field) => field.toLowerCase().includes(search));
    };
    const matches = (payment: PaymentRecord): boolean =>
      payment.createdAt > createdAfter &&
      payment.createdAt < createdBefore &&
      payment.updatedAt > updatedAfter &&
      payment.updatedAt < updatedBefore &&
      (statuses === undefined || (payment.status !== null && statuses.has(payment.status))) &&
      (substatuses === undefined || substatuses.has(payment.substatus)) &&
      (billingReasons === undefined || billingReasons.has(payment.billingReason)) &&
      (currencies === undefined || currencies.has(payment.currency)) &&
      (productIds === undefined || productIds.has(payment.productId)) &&
      (planIds === undefined || planIds.has(payment.planId)) &&
      checkoutIds === undefined &&
      (includeFree || payment.total > 0) &&
      matchesSearch(payment);

    const source = sortedSource(context, 'payments', store.payments, order, PAYMENT_ORDERS);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(paginate(source, pageArgs, matches), source, order, (payment) =>
        serializePaymentListItem(serializerContext, payment),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/payments/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.payments);
    const payment = store.payments.get(request.params.id);
    if (payment === undefined || payment.companyId !== request.credential.companyId)
      throw notFound('Payment', request.params.id);
    return serializePayment(serializerContextFor(context, request.credential), payment);
  });
};
