// The options of the opportunity's `whopMembershipStatus` field, in the order the kanban shows
// them: live memberships first, then those at risk, then those that ended.
export const WHOP_MEMBERSHIP_STATUSES = [
  'trialing',
  'active',
  'canceling',
  'past_due',
  'payment_failed',
  'unresolved',
  'completed',
  'canceled',
  'expired',
  'drafted',
] as const;
