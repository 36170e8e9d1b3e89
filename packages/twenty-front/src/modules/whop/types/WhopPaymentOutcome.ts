// What a payment means, by the sync's own rule (the server's `outcome`): the same reading that
// drives the timeline, the follow-up tasks and the lifetime value.
export type WhopPaymentOutcome =
  'succeeded' | 'failed' | 'refunded' | 'partially_refunded' | 'pending' | 'other';
