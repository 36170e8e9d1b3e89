// The v1 events a CRM sync subscribes to (all accepted at Api-Version-Date 2026-07-20).
export const WHOP_SUBSCRIBED_WEBHOOK_EVENTS = [
  'membership.activated',
  'membership.deactivated',
  'membership.cancel_at_period_end_changed',
  'membership.trial_ending_soon',
  'payment.created',
  'payment.succeeded',
  'payment.failed',
  'payment.pending',
  'refund.created',
  'refund.updated',
  'dispute.created',
  'dispute.updated',
  'invoice.paid',
  'invoice.past_due',
] as const;
