import type { Currency, RefundCreatedWebhookEvent } from '@whop/sdk/resources';
import { toUsd } from '../money/money.util';
import type { PaymentRecord, RefundRecord } from '../types/sandbox-records.type';
import { toIso, toIsoOrNull } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';
import { serializeUserSummary } from './user.serializer';

// The `data` of a `refund.created` event: the refund with a summary of its payment.
export const serializeRefund = (
  context: SerializerContext,
  refund: RefundRecord,
  payment: PaymentRecord,
): RefundCreatedWebhookEvent.Data => {
  const { store } = context;
  const user = store.users.get(payment.userId);
  const member = store.members.get(payment.memberId);
  const membership = store.memberships.get(payment.membershipId);
  const plan = store.plans.get(payment.planId);
  const product = store.products.get(payment.productId);
  const method = payment.paymentMethod;
  return {
    id: refund.id,
    amount: refund.amount,
    created_at: toIso(refund.createdAt),
    currency: refund.currency as Currency,
    payment: {
      id: payment.id,
      billing_reason: payment.billingReason,
      card_brand: method?.cardBrand ?? null,
      card_last4: method?.cardLast4 ?? null,
      created_at: toIso(payment.createdAt),
      currency: payment.currency as Currency,
      dispute_alerted_at: null,
      member:
        member === undefined
          ? null
          : { id: member.id, phone: context.canReadPhone ? member.phone : null },
      membership:
        membership === undefined ? null : { id: membership.id, status: membership.status },
      metadata: {},
      paid_at: toIsoOrNull(payment.paidAt),
      payment_method_type: method?.type ?? null,
      plan: { id: payment.planId, metadata: { ...plan?.metadata } },
      product: product === undefined ? null : { id: product.id, metadata: { ...product.metadata } },
      subtotal: payment.subtotal,
      tax_amount: payment.taxAmount,
      tax_behavior: payment.taxBehavior,
      tax_refunded_amount: null,
      total: payment.total,
      usd_total: toUsd(payment.total, payment.currency),
      user: user === undefined ? null : serializeUserSummary(user, context.canReadEmail),
    },
    provider: 'stripe',
    provider_created_at: toIso(refund.createdAt),
    reference_status: null,
    reference_type: null,
    reference_value: null,
    status: refund.status,
  };
};
