import { type WhopApiMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';

// The Whop resources the CRM sync reads, as served for Api-Version-Date 2026-07-20 (see WHOP_API.md).
// Typed defensively: newer API dates flatten ids (`user_id`, `plan_id`), rename `company_id` to
// `account_id` and send money as `{ amount: "10.00", currency }`; list items omit some fields. Read
// related ids with `parseWhopRelatedId` and money with `parseWhopMoney`, never directly.

// A decimal amount in major units, as newer API dates send it.
export type WhopMoney = {
  amount: string | number;
  currency?: string | null;
};

// Money: a JSON number in major units (29.99 means 29.99, never cents), a decimal string, or a Money object.
export type WhopAmount = number | string | WhopMoney;

export type WhopResourceReference = {
  id: string;
};

export type WhopCompanySummary = {
  id: string;
  title?: string | null;
  route?: string | null;
};

export type WhopProfilePicture = {
  url?: string | null;
};

// The user embedded in members, memberships and payments. `email` needs `member:email:read`.
export type WhopUserSummary = {
  id: string;
  email?: string | null;
  name?: string | null;
  username?: string | null;
};

// `GET /users/{id}`. Carries no email.
export type WhopUser = {
  id: string;
  username?: string | null;
  name?: string | null;
  bio?: string | null;
  profile_picture?: WhopProfilePicture | null;
  created_at?: string | null;
};

export type WhopMemberAccessLevel = 'no_access' | 'admin' | 'customer';

export type WhopMemberStatus = 'drafted' | 'joined' | 'left';

export type WhopMemberMostRecentAction =
  | 'canceling'
  | 'churned'
  | 'finished_split_pay'
  | 'paused'
  | 'paid_subscriber'
  | 'paid_once'
  | 'expiring'
  | 'joined'
  | 'drafted'
  | 'left'
  | 'trialing'
  | 'pending_entry'
  | 'renewing'
  | 'past_due';

// `GET /members`: the per-company customer. List items lack `company`.
export type WhopMember = {
  id: string;
  access_level?: WhopMemberAccessLevel | null;
  status?: WhopMemberStatus | null;
  most_recent_action?: WhopMemberMostRecentAction | null;
  most_recent_action_at?: string | null;
  usd_total_spent?: WhopAmount | null;
  phone?: string | null;
  joined_at?: string | null;
  created_at: string;
  updated_at: string;
  user?: WhopUserSummary | null;
  user_id?: string | null;
  company?: WhopCompanySummary | null;
  company_id?: string | null;
  account_id?: string | null;
};

export type WhopVisibility = 'visible' | 'hidden' | 'archived' | 'quick_link';

// `GET /products` (formerly "access pass"). List items lack `description`, `company`, `owner_user`.
export type WhopProduct = {
  id: string;
  title: string;
  headline?: string | null;
  description?: string | null;
  route?: string | null;
  visibility?: WhopVisibility | null;
  company?: WhopCompanySummary | null;
  company_id?: string | null;
  account_id?: string | null;
  member_count?: number | null;
  metadata?: Record<string, unknown> | null;
  external_identifier?: string | null;
  created_at: string;
  updated_at: string;
};

// `GET /products/{id}`: the product with its description (null when the seller wrote none).
export type WhopProductDetail = WhopProduct & { description: string | null };

export type WhopPlanType = 'renewal' | 'one_time';

export type WhopPlanReleaseMethod = 'buy_now' | 'waitlist';

// `GET /plans`. `billing_period` is in days, null for one-time plans; `currency` is lower-case ISO.
export type WhopPlan = {
  id: string;
  title?: string | null;
  description?: string | null;
  product?: (WhopResourceReference & { title?: string | null }) | null;
  product_id?: string | null;
  company?: WhopCompanySummary | null;
  company_id?: string | null;
  account_id?: string | null;
  plan_type: WhopPlanType;
  billing_period: number | null;
  initial_price: WhopAmount | null;
  renewal_price: WhopAmount | null;
  currency: string | null;
  trial_period_days?: number | null;
  expiration_days?: number | null;
  visibility?: WhopVisibility | null;
  release_method?: WhopPlanReleaseMethod | null;
  member_count?: number | null;
  metadata?: Record<string, unknown> | null;
  purchase_url?: string | null;
  created_at: string;
  updated_at: string;
};

export type WhopCancelOption =
  | 'too_expensive'
  | 'switching'
  | 'missing_features'
  | 'technical_issues'
  | 'bad_experience'
  | 'other'
  | 'testing';

// `GET /memberships`. `user` and `member` may be null; list items lack `custom_field_responses`.
export type WhopMembership = {
  id: string;
  status: WhopApiMembershipStatus;
  created_at: string;
  updated_at: string;
  joined_at?: string | null;
  canceled_at?: string | null;
  cancel_at_period_end?: boolean | null;
  cancel_option?: WhopCancelOption | null;
  cancellation_reason?: string | null;
  company?: WhopCompanySummary | null;
  company_id?: string | null;
  account_id?: string | null;
  currency?: string | null;
  license_key?: string | null;
  manage_url?: string | null;
  member?: WhopResourceReference | null;
  member_id?: string | null;
  metadata?: Record<string, unknown> | null;
  payment_collection_paused?: boolean | null;
  plan?: (WhopResourceReference & { metadata?: Record<string, unknown> | null }) | null;
  plan_id?: string | null;
  product?:
    | (WhopResourceReference & { title?: string | null; metadata?: Record<string, unknown> | null })
    | null;
  product_id?: string | null;
  promo_code?: WhopResourceReference | null;
  renewal_period_start?: string | null;
  renewal_period_end?: string | null;
  user?: WhopUserSummary | null;
  user_id?: string | null;
  custom_field_responses?: unknown[] | null;
};

export type WhopPaymentStatus =
  'draft' | 'open' | 'paid' | 'pending' | 'uncollectible' | 'unresolved' | 'void';

export type WhopPaymentSubstatus =
  | 'succeeded'
  | 'pending'
  | 'failed'
  | 'past_due'
  | 'canceled'
  | 'price_too_low'
  | 'uncollectible'
  | 'refunded'
  | 'auto_refunded'
  | 'partially_refunded'
  | 'dispute_warning'
  | 'dispute_needs_response'
  | 'dispute_warning_needs_response'
  | 'resolution_needs_response'
  | 'dispute_under_review'
  | 'dispute_warning_under_review'
  | 'resolution_under_review'
  | 'dispute_won'
  | 'dispute_warning_closed'
  | 'resolution_won'
  | 'dispute_lost'
  | 'dispute_closed'
  | 'resolution_lost'
  | 'drafted'
  | 'incomplete'
  | 'unresolved'
  | 'open_dispute'
  | 'open_resolution';

export type WhopPaymentBillingReason =
  | 'subscription_create'
  | 'subscription_cycle'
  | 'subscription_update'
  | 'one_time'
  | 'manual'
  | 'subscription';

// `GET /payments`. There is no `refunded` boolean: read `substatus` and `refunded_amount`.
// List items lack `refunds` and `disputes`.
export type WhopPayment = {
  id: string;
  status: WhopPaymentStatus | null;
  substatus?: WhopPaymentSubstatus | null;
  billing_reason?: WhopPaymentBillingReason | null;
  currency: string | null;
  subtotal?: WhopAmount | null;
  total?: WhopAmount | null;
  usd_total?: WhopAmount | null;
  amount_after_fees?: WhopAmount | null;
  refunded_amount?: WhopAmount | null;
  refunded_at?: string | null;
  tax_amount?: WhopAmount | null;
  failure_message?: string | null;
  paid_at?: string | null;
  payments_failed?: number | null;
  last_payment_attempt?: string | null;
  next_payment_attempt?: string | null;
  card_brand?: string | null;
  card_last4?: string | null;
  payment_method_type?: string | null;
  user?: WhopUserSummary | null;
  user_id?: string | null;
  member?: (WhopResourceReference & { phone?: string | null }) | null;
  member_id?: string | null;
  membership?:
    | (WhopResourceReference & {
        status?: WhopApiMembershipStatus | null;
        phone_number?: string | null;
      })
    | null;
  membership_id?: string | null;
  plan?: WhopResourceReference | null;
  plan_id?: string | null;
  product?: (WhopResourceReference & { title?: string | null; route?: string | null }) | null;
  product_id?: string | null;
  company?: WhopCompanySummary | null;
  company_id?: string | null;
  account_id?: string | null;
  refunds?: unknown[] | null;
  disputes?: unknown[] | null;
  metadata?: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
};
