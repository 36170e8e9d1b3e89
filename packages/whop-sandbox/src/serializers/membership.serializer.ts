import type { Currency, Membership, MembershipListResponse } from '@whop/sdk/resources';
import type { MembershipRecord } from '../types/sandbox-records.type';
import { toIso, toIsoOrNull } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';
import { serializeUserSummary } from './user.serializer';

// List items lack `custom_field_responses`, as on Whop.
export const serializeMembershipListItem = (
  context: SerializerContext,
  membership: MembershipRecord,
): MembershipListResponse => {
  const { store } = context;
  const user = store.users.get(membership.userId);
  const member = store.members.get(membership.memberId);
  const plan = store.plans.get(membership.planId);
  const product = store.products.get(membership.productId);
  return {
    id: membership.id,
    cancel_at_period_end: membership.cancelAtPeriodEnd,
    cancel_option: membership.cancelOption,
    canceled_at: toIsoOrNull(membership.canceledAt),
    cancellation_reason: membership.cancellationReason,
    checkout_configuration_id: null,
    company: { id: store.company.id, title: store.company.title },
    created_at: toIso(membership.createdAt),
    currency: membership.currency as Currency,
    joined_at: member === undefined ? null : toIso(member.joinedAt),
    license_key: membership.licenseKey,
    manage_url: member === undefined ? null : `https://whop.com/billing/manage/${membership.id}`,
    member: member === undefined ? null : { id: member.id },
    metadata: { ...membership.metadata },
    payment_collection_paused: false,
    plan: { id: membership.planId, metadata: { ...plan?.metadata } },
    product: {
      id: membership.productId,
      metadata: { ...product?.metadata },
      title: product?.title ?? '',
    },
    promo_code: null,
    renewal_period_end: toIsoOrNull(membership.renewalPeriodEnd),
    renewal_period_start: toIsoOrNull(membership.renewalPeriodStart),
    status: membership.status,
    updated_at: toIso(membership.updatedAt),
    user: user === undefined ? null : serializeUserSummary(user, context.canReadEmail),
  };
};

export const serializeMembership = (
  context: SerializerContext,
  membership: MembershipRecord,
): Membership => ({
  ...serializeMembershipListItem(context, membership),
  custom_field_responses: [],
});
