// Whop's enums for Api-Version-Date 2026-07-20, as the official @whop/sdk 0.0.42 declares them.
// Each list is the source of truth for validation; the matching type is derived from it.

export const MEMBERSHIP_STATUSES = [
  'trialing',
  'active',
  'past_due',
  'completed',
  'canceled',
  'expired',
  'unresolved',
  'drafted',
  'canceling',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MEMBER_STATUSES = ['drafted', 'joined', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_MOST_RECENT_ACTIONS = [
  'canceling',
  'churned',
  'finished_split_pay',
  'paused',
  'paid_subscriber',
  'paid_once',
  'expiring',
  'joined',
  'drafted',
  'left',
  'trialing',
  'pending_entry',
  'renewing',
  'past_due',
] as const;
export type MemberMostRecentAction = (typeof MEMBER_MOST_RECENT_ACTIONS)[number];

export const ACCESS_LEVELS = ['no_access', 'admin', 'customer'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const RECEIPT_STATUSES = [
  'draft',
  'open',
  'paid',
  'pending',
  'uncollectible',
  'unresolved',
  'void',
] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export const PAYMENT_SUBSTATUSES = [
  'succeeded',
  'pending',
  'failed',
  'past_due',
  'canceled',
  'price_too_low',
  'uncollectible',
  'refunded',
  'auto_refunded',
  'partially_refunded',
  'dispute_warning',
  'dispute_needs_response',
  'dispute_warning_needs_response',
  'resolution_needs_response',
  'dispute_under_review',
  'dispute_warning_under_review',
  'resolution_under_review',
  'dispute_won',
  'dispute_warning_closed',
  'resolution_won',
  'dispute_lost',
  'dispute_closed',
  'resolution_lost',
  'drafted',
  'incomplete',
  'unresolved',
  'open_dispute',
  'open_resolution',
] as const;
export type PaymentSubstatus = (typeof PAYMENT_SUBSTATUSES)[number];

export const BILLING_REASONS = [
  'subscription_create',
  'subscription_cycle',
  'subscription_update',
  'one_time',
  'manual',
  'subscription',
] as const;
export type BillingReason = (typeof BILLING_REASONS)[number];

export const PLAN_TYPES = ['renewal', 'one_time'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const VISIBILITIES = ['visible', 'hidden', 'archived', 'quick_link'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const RELEASE_METHODS = ['buy_now', 'waitlist'] as const;
export type ReleaseMethod = (typeof RELEASE_METHODS)[number];

export const CANCEL_OPTIONS = [
  'too_expensive',
  'switching',
  'missing_features',
  'technical_issues',
  'bad_experience',
  'other',
  'testing',
] as const;
export type CancelOption = (typeof CANCEL_OPTIONS)[number];

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

export type PaymentMethodType = 'card' | 'paypal' | 'apple_pay' | 'crypto';

export type RefundStatus = 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';

export type TaxBehavior = 'exclusive' | 'inclusive';

export const DIRECTIONS = ['asc', 'desc'] as const;
export type Direction = (typeof DIRECTIONS)[number];
