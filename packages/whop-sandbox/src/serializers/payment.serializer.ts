import type { Currency, Payment, PaymentListResponse } from '@whop/sdk/resources';
import { amountAfterFees, toUsd } from '../money/money.util';
import type { PaymentRecord } from '../types/sandbox-records.type';
import { toIso, toIsoOrNull } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';
import { serializeUserSummary } from './user.serializer';

const RETRYABLE_MEMBERSHIP_STATUSES = new Set(['active', 'trialing', 'completed', 'past_due']);

// List items lack `refunds`, `disputes` and the other heavy fields, as on Whop.
export const serializePaymentListItem = (
  context: SerializerContext,
  payment: PaymentRecord,
): PaymentListResponse => {
  const { store } = context;
  const user = store.users.get(payment.userId);
  const member = store.members.get(payment.memberId);
  const membership = store.memberships.get(payment.membershipId);
  const plan = store.plans.get(payment.planId);
  const product = store.products.get(payment.productId);
  const phone = context.canReadPhone ? (member?.phone ?? null) : null;
  const method = payment.paymentMethod;
  const currency = payment.currency as Currency;
  const open = payment.status === 'open';

  return {
    id: payment.id,
    amount_after_fees: amountAfterFees(payment.total),
    application_fee: null,
    auto_refunded: false,
    billing_address: null,
    billing_reason: payment.billingReason,
    card_brand: method?.cardBrand ?? null,
    card_last4: method?.cardLast4 ?? null,
    checkout_configuration_id: null,
    company: { id: store.company.id, route: store.company.route, title: store.company.title },
    created_at: toIso(payment.createdAt),
    currency,
    dispute_alerted_at: null,
    failure_message: payment.failureMessage,
    last_payment_attempt: toIsoOrNull(payment.lastPaymentAttempt),
    member: member === undefined ? null : { id: member.id, phone },
    membership:
      membership === undefined
        ? null
        : { id: membership.id, phone_number: phone, status: membership.status },
    metadata: {},
    next_payment_attempt: toIsoOrNull(payment.nextPaymentAttempt),
    paid_at: toIsoOrNull(payment.paidAt),
    payment_method:
      method === null
        ? null
        : {
            id: method.id,
            card:
              method.cardBrand === null
                ? null
                : {
                    brand: method.cardBrand,
                    exp_month: method.expMonth,
                    exp_year: method.expYear,
                    last4: method.cardLast4,
                  },
            created_at: toIso(method.createdAt),
            payment_method_type: method.type,
          },
    payment_method_type: method?.type ?? null,
    payments_failed: payment.paymentsFailed,
    plan: {
      id: payment.planId,
      internal_notes: plan?.internalNotes ?? null,
      metadata: { ...plan?.metadata },
    },
    product:
      product === undefined
        ? null
        : {
            id: product.id,
            metadata: { ...product.metadata },
            route: product.route,
            title: product.title,
          },
    promo_code: null,
    refundable: payment.status === 'paid' && payment.refundedAmount < payment.total,
    refunded_amount: payment.refundedAmount === 0 ? null : payment.refundedAmount,
    refunded_at: toIsoOrNull(payment.refundedAt),
    retryable:
      open && membership !== undefined && RETRYABLE_MEMBERSHIP_STATUSES.has(membership.status),
    settlement_currency: currency,
    shipping_address: null,
    status: payment.status,
    substatus: payment.substatus,
    subtotal: payment.subtotal,
    tax_amount: payment.taxAmount,
    tax_behavior: payment.taxBehavior,
    total: payment.total,
    updated_at: toIso(payment.updatedAt),
    usd_total: toUsd(payment.total, payment.currency),
    user: user === undefined ? null : serializeUserSummary(user, context.canReadEmail),
    voidable: open && membership?.status === 'past_due',
  };
};

export const serializePayment = (context: SerializerContext, payment: PaymentRecord): Payment => ({
  ...serializePaymentListItem(context, payment),
  disputes: [],
  financing_installments_count: null,
  financing_transactions: [],
  refunds: payment.refunds.map((refund) => ({
    id: refund.id,
    amount: refund.amount,
    created_at: toIso(refund.createdAt),
    currency: refund.currency as Currency,
    status: refund.status,
  })),
  resolutions: [],
  risk_score: null,
  risk_signals: null,
  settlement_amount: payment.total,
  settlement_exchange_rate: null,
  tax_refunded_amount: null,
  three_ds_verified: false,
});
