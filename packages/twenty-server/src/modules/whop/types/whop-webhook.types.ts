import { type WhopMembership, type WhopPayment } from 'src/modules/whop/types/whop-api.types';

// The v1 events a CRM sync handles (all subscribable at Api-Version-Date 2026-07-20).
export type WhopSubscribableWebhookEventType =
  | 'membership.activated'
  | 'membership.deactivated'
  | 'membership.cancel_at_period_end_changed'
  | 'membership.trial_ending_soon'
  | 'payment.created'
  | 'payment.succeeded'
  | 'payment.failed'
  | 'payment.pending'
  | 'refund.created'
  | 'refund.updated'
  | 'dispute.created'
  | 'dispute.updated'
  | 'invoice.paid'
  | 'invoice.past_due';

// Sent by newer API dates; handled if they arrive, but they cannot be subscribed to.
export type WhopNewerWebhookEventType =
  'member.created' | 'membership.updated' | `product.${string}` | `plan.${string}`;

// Legacy names (`membership.went_valid` = `membership.activated`, `membership.went_invalid` =
// `membership.deactivated`), recognised on intake only.
export type WhopLegacyWebhookEventType = 'membership.went_valid' | 'membership.went_invalid';

export type WhopKnownWebhookEventType =
  WhopSubscribableWebhookEventType | WhopNewerWebhookEventType | WhopLegacyWebhookEventType;

// The envelope of every webhook. `type` stays a string: unknown event types are acknowledged,
// recorded and ignored. App webhooks carry the company in `company_id` (newer dates: `account_id`).
export type WhopWebhookEnvelope<TData = unknown> = {
  id: string;
  api_version: string;
  type: string;
  timestamp: string;
  company_id?: string | null;
  account_id?: string | null;
  api_version_date?: string | null;
  previous_attributes?: Record<string, unknown> | null;
  data: TData;
};

export type WhopMembershipWebhookEnvelope = WhopWebhookEnvelope<WhopMembership> & {
  type:
    | 'membership.activated'
    | 'membership.deactivated'
    | 'membership.cancel_at_period_end_changed'
    | 'membership.trial_ending_soon'
    | 'membership.updated'
    | WhopLegacyWebhookEventType;
};

export type WhopPaymentWebhookEnvelope = WhopWebhookEnvelope<WhopPayment> & {
  type: 'payment.created' | 'payment.succeeded' | 'payment.failed' | 'payment.pending';
};
