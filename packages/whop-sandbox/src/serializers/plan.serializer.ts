import type { Plan, PlanListResponse } from '@whop/sdk/resources';
import type { Currency } from '@whop/sdk/resources';
import type { PlanRecord } from '../types/sandbox-records.type';
import { toIso } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';

export const serializePlanListItem = (
  context: SerializerContext,
  plan: PlanRecord,
): PlanListResponse => {
  const { company } = context.store;
  const product = context.store.products.get(plan.productId);
  return {
    id: plan.id,
    account: { id: company.id, title: company.title, route: company.route },
    adaptive_pricing_enabled: false,
    billing_period: plan.billingPeriod,
    created_at: toIso(plan.createdAt),
    currency: plan.currency,
    description: plan.description,
    expiration_days: plan.expirationDays,
    initial_price: plan.initialPrice,
    internal_notes: plan.internalNotes,
    invoice: null,
    member_count: context.store.memberCounts().byPlan.get(plan.id) ?? 0,
    metadata: { ...plan.metadata },
    payment_method_configuration: null,
    plan_type: plan.planType,
    product: product === undefined ? null : { id: product.id, title: product.title },
    purchase_url: `https://whop.com/checkout/${plan.id}`,
    release_method: plan.releaseMethod,
    renewal_price: plan.renewalPrice,
    split_pay_required_payments: null,
    stock: null,
    three_ds_level: null,
    title: plan.title,
    trial_period_days: plan.trialPeriodDays,
    unlimited_stock: true,
    updated_at: toIso(plan.updatedAt),
    visibility: plan.visibility,
  };
};

export const serializePlan = (context: SerializerContext, plan: PlanRecord): Plan => ({
  ...serializePlanListItem(context, plan),
  currency: plan.currency as Currency,
  plan_type: plan.planType,
  release_method: plan.releaseMethod,
  visibility: plan.visibility,
  three_ds_level: null,
  collect_tax: false,
  custom_fields: [],
  tax_type: 'unspecified',
});
