// Every status Whop gives a membership (Api-Version-Date 2026-07-20).
export const WHOP_API_MEMBERSHIP_STATUSES = [
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

export type WhopApiMembershipStatus = (typeof WHOP_API_MEMBERSHIP_STATUSES)[number];

// The options of the opportunity's `whopMembershipStatus` SELECT field: Whop's statuses plus ours,
// `payment_failed`, set when a membership's latest payment failed.
export const WHOP_MEMBERSHIP_STATUSES = [
  ...WHOP_API_MEMBERSHIP_STATUSES,
  'payment_failed',
] as const;

export type WhopMembershipStatus = (typeof WHOP_MEMBERSHIP_STATUSES)[number];
